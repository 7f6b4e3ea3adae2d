from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import LessonFeedback


class QuizForm(forms.Form):
    """Collects ``q-<question id>`` answers; ids are checked against the quiz when
    scoring, so a tampered form is refused there."""

    token = forms.CharField(max_length=64)

    def __init__(self, data, *, quiz):
        super().__init__(data)
        self.quiz = quiz
        self._answers = {}
        for question in quiz["questions"].bound_blocks:
            chosen = [value for value in data.getlist(f"q-{question.id}") if value]
            if chosen:
                self._answers[question.id] = chosen
        unknown = {
            key[2:]
            for key in data
            if key.startswith("q-")
            and key[2:] not in {q.id for q in quiz["questions"].bound_blocks}
        }
        self._unknown = unknown

    def clean(self):
        cleaned = super().clean()
        if self._unknown:
            raise forms.ValidationError(_("The answers sent do not belong to this quiz."))
        return cleaned

    def answers(self):
        return self._answers


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your note"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Private: only you can see it. It is kept in every language."),
    )


class FeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How useful was this lesson?"),
        choices=[
            (1, _("1 – not useful")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, _("5 – very useful")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = LessonFeedback
        fields = ["rating", "comment"]
        labels = {"comment": _("Comment (optional)")}
        widgets = {"comment": forms.Textarea(attrs={"rows": 3})}
