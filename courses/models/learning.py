"""What learners do: enrolments, progress, quiz attempts, notes, feedback and
certificates.

Courses and lessons are referred to by their Wagtail ``translation_key`` (shared
by every language version of a page) and quiz or reflection blocks by their
StreamField block id (kept by wagtail-localize in translations), never by the
page id of one locale: a learner who switches language keeps everything.
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

CERTIFICATE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_certificate_code():
    chunks = ["".join(secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(4)) for _ in "123"]
    return "-".join(chunks)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_lesson_key = models.UUIDField(_("last lesson opened"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user} → {self.course_key}"


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_key}"


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField()
    quiz_id = models.CharField(max_length=64, db_index=True)
    # Client-generated per form render: a second POST of the same form is ignored.
    submission_token = models.CharField(max_length=64)
    answers = models.JSONField(default=dict)  # question id → [option ids]
    results = models.JSONField(default=dict)  # question id → {"correct": bool, "points": n}
    score = models.PositiveIntegerField()
    max_score = models.PositiveIntegerField()
    percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    language = models.CharField(max_length=10)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission_token"], name="one_attempt_per_submission"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz_id} · {self.percent}%"


class ReflectionNote(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_notes"
    )
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField()
    prompt_id = models.CharField(max_length=64)
    prompt = models.TextField(_("prompt"))  # as the learner saw it, for the export
    text = models.TextField(_("note"), max_length=10_000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection note")
        verbose_name_plural = _("reflection notes")
        constraints = [
            models.UniqueConstraint(fields=["user", "prompt_id"], name="one_note_per_prompt")
        ]

    def __str__(self):
        return f"{self.user} · {self.prompt[:40]}"


class LessonFeedback(models.Model):
    """Beta-testers' rating of a lesson; one per learner and lesson, editable."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_feedback"
    )
    course_key = models.UUIDField(db_index=True)
    lesson_key = models.UUIDField(db_index=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    language = models.CharField(max_length=10)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("lesson feedback")
        verbose_name_plural = _("lesson feedback")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="one_feedback_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key} · {self.rating}/5"


class Certificate(models.Model):
    """Proof that a learner completed a course; verifiable by its public code."""

    code = models.CharField(
        _("code"), max_length=20, unique=True, default=new_certificate_code, editable=False
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course_key = models.UUIDField(db_index=True)
    # Frozen at issue time: the certificate says what was true when it was earned.
    learner_name = models.CharField(_("learner"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    score = models.PositiveSmallIntegerField(_("quiz average (%)"))
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_certificate_per_course"
            )
        ]

    def __str__(self):
        return f"{self.code} · {self.learner_name} · {self.course_title}"

    @property
    def is_valid(self):
        return self.revoked_at is None
