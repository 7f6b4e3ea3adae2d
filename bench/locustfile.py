"""Load on the learning pages: the catalogue (anonymous), a lesson page for a
logged-in learner, and quiz submission. Run with bench/run.sh (loopback only)."""

import os
import re
import uuid

from locust import HttpUser, between, task

LESSON = os.environ.get("BENCH_LESSON", "")
QUIZ_ACTION = os.environ.get("BENCH_QUIZ_ACTION", "")
PASSWORD = os.environ.get("BENCH_PASSWORD", "bench-learner-2026")
USERS = int(os.environ.get("BENCH_USERS", "20"))


class Visitor(HttpUser):
    """Anonymous visitors browsing the catalogue."""

    weight = 1
    wait_time = between(0.0, 0.1)

    @task
    def catalogue(self):
        self.client.get("/en/courses/", name="catalogue")


class Learner(HttpUser):
    """Enrolled learners reading a lesson and submitting its quiz."""

    weight = 2
    wait_time = between(0.0, 0.1)

    def on_start(self):
        number = uuid.uuid4().int % USERS
        page = self.client.get("/en/accounts/login/", name="login form")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        self.client.post(
            "/en/accounts/login/",
            {
                "login": f"bench{number}@example.org",
                "password": PASSWORD,
                "csrfmiddlewaretoken": token,
            },
            headers={"Referer": self.client.base_url + "/en/accounts/login/"},
            name="login",
        )

    @task(3)
    def lesson(self):
        self.client.get(LESSON, name="lesson (learner)")

    @task(1)
    def submit_quiz(self):
        page = self.client.get(LESSON, name="lesson (learner)")
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        form = re.search(r'<form method="post" action="([^"]*/quizzes/[^"]+)"', page.text)
        if not csrf or not form:
            return
        answers = {}
        for name, value in re.findall(r'name="(q-[^"]+)" value="([^"]+)"', page.text):
            answers.setdefault(name, value)  # first shown option of each question
        self.client.post(
            form.group(1),
            {**answers, "token": uuid.uuid4().hex, "csrfmiddlewaretoken": csrf.group(1)},
            headers={"Referer": self.client.base_url + LESSON},
            name="quiz submission",
            allow_redirects=False,
        )
