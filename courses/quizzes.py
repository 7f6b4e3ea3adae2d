"""Quizzes: the rules (attempt limit, when a quiz closes, when answers are revealed),
scoring on the server, and the questions as a page shows them.

The answer key never leaves the server before the quiz closes: pages get questions
and options (ids and text) only, results come from here. A quiz closes when it is
passed or its attempts are used up; only then are the correct options revealed, so
retrying is not copying. A submission with unanswered questions is not scored and
uses no attempt.
"""

import random
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from courses.blocks import QuestionBlock
from courses.models import Enrolment, QuizAttempt
from courses.progress import mark_lesson_complete


class InvalidSubmission(Exception):
    """The answers do not belong to this quiz (tampered or stale form)."""


class QuizClosed(Exception):
    """No further attempt is possible."""


class AttemptsExhausted(QuizClosed):
    pass


class AlreadyPassed(QuizClosed):
    pass


@dataclass
class QuizStatus:
    """A learner's standing in one quiz, from their attempts (newest first)."""

    attempts: list
    limit: int  # attempts allowed; 0 means unlimited

    @property
    def count(self):
        return len(self.attempts)

    @property
    def latest(self):
        return self.attempts[0] if self.attempts else None

    @property
    def remaining(self):
        """Attempts left, or None when they are unlimited."""
        return max(self.limit - self.count, 0) if self.limit else None

    @property
    def best(self):
        return max((attempt.percent for attempt in self.attempts), default=None)

    @property
    def passed(self):
        return any(attempt.passed for attempt in self.attempts)

    @property
    def closed(self):
        return self.passed or self.remaining == 0

    @property
    def reveal(self):
        """Show the correct options: only once no attempt can follow."""
        return self.closed

    def check_open(self):
        if self.passed:
            raise AlreadyPassed
        if self.remaining == 0:
            raise AttemptsExhausted


def quiz_status(course, attempts):
    return QuizStatus(attempts=list(attempts), limit=course.max_quiz_attempts)


def find_block(lesson, block_id, block_type):
    for block in lesson.body:
        if block.block_type == block_type and block.id == block_id:
            return block.value
    return None


@dataclass
class OptionView:
    id: str
    text: str
    chosen: bool = False
    correct: bool | None = None  # revealed only after a final or passing attempt
    feedback: str = ""


@dataclass
class QuestionView:
    id: str
    number: int
    kind: str
    text: str
    points: int
    options: list = field(default_factory=list)
    answered_correctly: bool | None = None
    explanation: str = ""
    missing: bool = False  # left unanswered in a submission sent back

    @property
    def input_type(self):
        return "checkbox" if self.kind == QuestionBlock.MULTIPLE else "radio"


def _questions(quiz):
    return list(quiz["questions"].bound_blocks)


def _options(question):
    return list(question.value["options"].bound_blocks)


def unanswered(quiz, answers):
    """Numbers of the questions that ``answers`` leaves without an answer."""
    return [
        number
        for number, question in enumerate(_questions(quiz), start=1)
        if not answers.get(question.id)
    ]


def check_answers(quiz, answers):
    """Raise InvalidSubmission for unknown question or option ids, or several answers
    to a single-choice question (a tampered or stale form)."""
    questions = {q.id: q for q in _questions(quiz)}
    if set(answers) - set(questions):
        raise InvalidSubmission("unknown question")
    for question_id, question in questions.items():
        chosen = set(answers.get(question_id, []))
        if chosen - {option.id for option in _options(question)}:
            raise InvalidSubmission("unknown option")
        if question.value["kind"] != QuestionBlock.MULTIPLE and len(chosen) > 1:
            raise InvalidSubmission("several answers to a single-choice question")


def score_answers(quiz, answers):
    """Return (results, score, max_score) for ``answers`` {question id: [option ids]}.

    Multiple-choice questions score all or nothing; answers are checked first
    (``check_answers``).
    """
    check_answers(quiz, answers)
    results = {}
    score = max_score = 0
    for question in _questions(quiz):
        question_id = question.id
        chosen = set(answers.get(question_id, []))
        correct_ids = {o.id for o in _options(question) if o.value["correct"]}
        points = question.value["points"] or 1
        correct = chosen == correct_ids
        max_score += points
        score += points if correct else 0
        results[question_id] = {"correct": correct, "points": points if correct else 0}
    return results, score, max_score


def submit_attempt(*, user, course, lesson, quiz_id, answers, token, language):
    """Score and record an attempt; a repeated token returns the first attempt.

    Counting the attempts and recording the new one are one atomic step, so parallel
    submissions cannot exceed the limit: the learner's enrolment row is locked on
    PostgreSQL, and SQLite's IMMEDIATE transactions take the write lock at BEGIN.
    Returns the attempt and the course outline after it (``outline.just_completed``
    says whether this attempt completed the course), or None for the outline when
    the lesson was not completed by it.
    """
    quiz = find_block(lesson, quiz_id, "quiz")
    if quiz is None:
        raise InvalidSubmission("unknown quiz")
    results, score, max_score = score_answers(quiz, answers)
    percent = round(100 * score / max_score) if max_score else 100
    try:
        with transaction.atomic():
            Enrolment.objects.select_for_update().filter(
                user=user, course_key=course.translation_key
            ).exists()
            existing = QuizAttempt.objects.filter(user=user, submission_token=token).first()
            if existing:
                return existing, None
            quiz_status(
                course, QuizAttempt.objects.filter(user=user, quiz_id=quiz_id)
            ).check_open()
            attempt = QuizAttempt.objects.create(
                user=user,
                course_key=course.translation_key,
                lesson_key=lesson.translation_key,
                quiz_id=quiz_id,
                submission_token=token,
                answers={k: sorted(v) for k, v in answers.items()},
                results=results,
                score=score,
                max_score=max_score,
                percent=percent,
                passed=percent >= course.pass_mark,
                language=language,
            )
    except IntegrityError:  # the same form posted twice at once
        return QuizAttempt.objects.get(user=user, submission_token=token), None
    outline = mark_lesson_complete(user, course, lesson) if attempt.passed else None
    return attempt, outline


def quiz_view(quiz, *, attempt=None, reveal=False, seed="", draft=None):
    """Questions ready for the template: options shuffled (stable per seed), and,
    when an attempt is given, its choices, per-option feedback and explanations.

    ``draft`` is a submission sent back unscored ({question id: [option ids]}): its
    choices are shown instead of the attempt's, with the unanswered questions
    marked and no verdicts."""
    rng = random.Random(seed)  # noqa: S311 - ordering, not security
    views = []
    for number, question in enumerate(_questions(quiz), start=1):
        options = _options(question)
        if quiz["shuffle_options"] and question.value["kind"] != QuestionBlock.TRUE_FALSE:
            rng.shuffle(options)
        view = QuestionView(
            id=question.id,
            number=number,
            kind=question.value["kind"],
            text=question.value["text"],
            points=question.value["points"] or 1,
        )
        if draft is not None:
            chosen = set(draft.get(question.id, []))
            view.missing = not chosen
            attempt_shown = None
        else:
            chosen = set(attempt.answers.get(question.id, [])) if attempt else set()
            attempt_shown = attempt
        for option in options:
            option_view = OptionView(id=option.id, text=option.value["text"])
            option_view.chosen = option.id in chosen
            if attempt_shown and option_view.chosen:
                option_view.feedback = option.value["feedback"]
            if reveal:
                option_view.correct = bool(option.value["correct"])
            view.options.append(option_view)
        if attempt_shown:
            view.answered_correctly = attempt.results.get(question.id, {}).get("correct", False)
            view.explanation = question.value["explanation"]
        views.append(view)
    return views
