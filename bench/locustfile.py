"""The load test's simulated people (run by bench/load.py, loopback only).

Visitors browse: the homes in every language, the catalogue, a course, a news item,
a search. Learners (one session each, from bench/setup_load.py) enrol in the demo
course, then read its lessons, answer its quizzes, save notes and open My learning.

Every write the server confirmed (a redirect after the POST) is written down with
what makes it recognisable in the database, and every failure with its time, to
``BENCH_RECORD`` when the run ends: bench/load.py checks that no confirmed write is
missing and sorts the failures into those during a fault and those outside one.
"""

import itertools
import json
import os
import random
import re
import time
import uuid

from locust import HttpUser, between, events, task

TARGETS = json.loads(os.environ.get("BENCH_TARGETS", "{}"))
RECORD = os.environ["BENCH_RECORD"]  # set by bench/load.py
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
OPTION = re.compile(r'(<input [^>]*name="(q-[^"]+)" value="([^"]+)"[^>]*>)')
SEARCH_WORDS = ["symbiosis", "waste", "energy", "heat", "by-product", "water"]

learner_numbers = itertools.count()
confirmed = {"enrolments": [], "quiz_tokens": [], "notes": {}}
failures = []


@events.request.add_listener
def remember_failure(request_type, name, response, exception, **_kwargs):
    if exception is not None:
        status = getattr(response, "status_code", None)
        failures.append(
            {"at": time.time(), "name": name, "status": status, "error": str(exception)}
        )


@events.quitting.add_listener
def write_record(**_kwargs):
    with open(RECORD, "w") as file:
        json.dump({**confirmed, "failures": failures}, file)


def form_action(html, marker):
    match = re.search(rf'<form method="post" action="([^"]*{marker}[^"]*)"', html)
    return match.group(1) if match else None


class Visitor(HttpUser):
    """Someone without an account looking around."""

    weight = 3
    wait_time = between(0.2, 1.0)

    @task(3)
    def home(self):
        self.client.get(random.choice(TARGETS["homes"]), name="home (any language)")

    @task(3)
    def catalogue(self):
        self.client.get("/en/courses/", name="catalogue")

    @task(2)
    def course(self):
        self.client.get(TARGETS["course"], name="course")

    @task(1)
    def news(self):
        self.client.get(TARGETS["news"], name="news item")

    @task(1)
    def search(self):
        self.client.get("/en/search/", params={"q": random.choice(SEARCH_WORDS)}, name="search")


class Learner(HttpUser):
    """A member taking the demo course, with a session of their own."""

    weight = 2
    wait_time = between(0.2, 1.0)

    def on_start(self):
        number = next(learner_numbers) % len(TARGETS["cookies"])
        self.number = number
        self.client.cookies.set(TARGETS["cookie_name"], TARGETS["cookies"][number])
        page = self.client.get(TARGETS["course"], name="course (learner)")
        action = form_action(page.text, "/enrol/")
        csrf = CSRF.search(page.text)
        if action and csrf:
            response = self.client.post(
                action,
                {"csrfmiddlewaretoken": csrf.group(1)},
                name="enrol",
                allow_redirects=False,
            )
            if response.status_code == 302:
                confirmed["enrolments"].append(number)

    @task(4)
    def read(self):
        self.client.get(random.choice(TARGETS["lessons"]), name="lesson (learner)")

    @task(2)
    def answer_quiz(self):
        lesson = random.choice(TARGETS["quiz_lessons"])
        page = self.client.get(lesson, name="lesson (learner)")
        action, csrf = form_action(page.text, "/quizzes/"), CSRF.search(page.text)
        if not (action and csrf):
            return
        answers = {}
        for tag, name, value in OPTION.findall(page.text):
            if " disabled" not in tag:  # a passed quiz is closed: nothing to answer
                answers.setdefault(name, value)  # the first option shown of each question
        if not answers:
            return
        token = uuid.uuid4().hex
        response = self.client.post(
            action,
            {**answers, "token": token, "csrfmiddlewaretoken": csrf.group(1)},
            name="quiz answers",
            allow_redirects=False,
        )
        if response.status_code == 302:
            confirmed["quiz_tokens"].append(token)

    @task(1)
    def save_note(self):
        lesson = random.choice(TARGETS["note_lessons"])
        page = self.client.get(lesson, name="lesson (learner)")
        action, csrf = form_action(page.text, "/notes/"), CSRF.search(page.text)
        if not (action and csrf):
            return
        text = f"Load test note {uuid.uuid4().hex}: our sawdust could heat their kiln."
        # A later save replaces the note, so the database must hold the last confirmed
        # text or one sent after it (a save whose answer was lost may have landed).
        note = confirmed["notes"].setdefault(f"{self.number} {action}", {"sent_after": []})
        note["sent_after"].append(text)
        response = self.client.post(
            action,
            {"text": text, "csrfmiddlewaretoken": csrf.group(1)},
            name="note",
            allow_redirects=False,
        )
        if response.status_code == 302:
            note.update(confirmed=text, sent_after=[])

    @task(1)
    def my_learning(self):
        self.client.get("/en/learning/", name="My learning")
