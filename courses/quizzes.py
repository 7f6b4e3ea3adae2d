"""Quiz scoring on the server. The answer key never leaves it before submission:
pages get questions and options (ids and text) only, results come from here."""

import random
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from courses.blocks import QuestionBlock
from courses.models import QuizAttempt


class InvalidSubmission(Exception):
    """The answers do not belong to this quiz (tampered or stale form)."""


class AttemptsExhausted(Exception):
    pass


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

    @property
    def input_type(self):
        return "checkbox" if self.kind == QuestionBlock.MULTIPLE else "radio"


def _questions(quiz):
    return list(quiz["questions"].bound_blocks)


def _options(question):
    return list(question.value["options"].bound_blocks)


def score_answers(quiz, answers):
    """Return (results, score, max_score) for ``answers`` {question id: [option ids]}.

    Multiple-choice questions score all or nothing. Raises InvalidSubmission for
    unknown question or option ids, or several answers to a single-choice question.
    """
    questions = {q.id: q for q in _questions(quiz)}
    if set(answers) - set(questions):
        raise InvalidSubmission("unknown question")
    results = {}
    score = max_score = 0
    for question_id, question in questions.items():
        option_ids = {option.id for option in _options(question)}
        chosen = set(answers.get(question_id, []))
        if chosen - option_ids:
            raise InvalidSubmission("unknown option")
        if question.value["kind"] != QuestionBlock.MULTIPLE and len(chosen) > 1:
            raise InvalidSubmission("several answers to a single-choice question")
        correct_ids = {o.id for o in _options(question) if o.value["correct"]}
        points = question.value["points"] or 1
        correct = chosen == correct_ids
        max_score += points
        score += points if correct else 0
        results[question_id] = {"correct": correct, "points": points if correct else 0}
    return results, score, max_score


def submit_attempt(*, user, course, lesson, quiz_id, answers, token, language):
    """Score and record an attempt; a repeated token returns the first attempt."""
    from courses.progress import mark_lesson_complete

    quiz = find_block(lesson, quiz_id, "quiz")
    if quiz is None:
        raise InvalidSubmission("unknown quiz")
    existing = QuizAttempt.objects.filter(user=user, submission_token=token).first()
    if existing:
        return existing
    attempts = QuizAttempt.objects.filter(user=user, quiz_id=quiz_id).count()
    if course.max_quiz_attempts and attempts >= course.max_quiz_attempts:
        raise AttemptsExhausted
    results, score, max_score = score_answers(quiz, answers)
    percent = round(100 * score / max_score) if max_score else 100
    try:
        with transaction.atomic():
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
        return QuizAttempt.objects.get(user=user, submission_token=token)
    if attempt.passed:
        mark_lesson_complete(user, course, lesson)
    return attempt


def quiz_view(quiz, *, attempt=None, reveal=False, seed=""):
    """Questions ready for the template: options shuffled (stable per seed), and,
    when an attempt is given, its choices, per-option feedback and explanations."""
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
        chosen = set(attempt.answers.get(question.id, [])) if attempt else set()
        for option in options:
            option_view = OptionView(id=option.id, text=option.value["text"])
            if attempt:
                option_view.chosen = option.id in chosen
                if option_view.chosen:
                    option_view.feedback = option.value["feedback"]
            if reveal:
                option_view.correct = bool(option.value["correct"])
            view.options.append(option_view)
        if attempt:
            view.answered_correctly = attempt.results.get(question.id, {}).get("correct", False)
            view.explanation = question.value["explanation"]
        views.append(view)
    return views
