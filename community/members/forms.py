"""The member's own profile form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from community.members.models import Language, Profile, Region

# The languages offered as checkboxes: the EU's official languages and the others
# most spoken in the partners' countries, named in the reader's language.
OFFERED_LANGUAGES = (
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro ru sk sl sv uk"
).split()


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, region):
        return region.display_name


class LanguagesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, language):
        return language.display_name


class ProfileForm(forms.ModelForm):
    region = RegionChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        required=False,
        help_text=_("Optional. Only regions of Estonia, Finland, Slovenia and Portugal."),
    )
    languages = LanguagesField(
        label=_("Languages I speak"),
        queryset=Language.objects.filter(code__in=OFFERED_LANGUAGES),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "kind",
            "headline",
            "bio",
            "expertise",
            "languages",
            "country",
            "region",
            "open_to_mentoring",
            "open_to_collaboration",
            "open_to_job_offers",
            "visibility",
            "show_learning",
        ]
        labels = {
            "kind": _("I am"),
            "headline": _("Headline"),
            "bio": _("About me"),
            "expertise": _("Expertise"),
            "country": _("Country"),
            "open_to_mentoring": _("Open to mentoring"),
            "open_to_collaboration": _("Open to collaboration"),
            "open_to_job_offers": _("Open to job offers"),
            "visibility": _("Who can see my profile"),
            "show_learning": _("Show my completed courses and certificates on my profile"),
        }
        help_texts = {
            "expertise": _("Separate with commas, e.g. “biogas, food waste, permits”."),
        }
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 8}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Choose…"))] + list(self.fields["kind"].choices)[1:]
        self.fields["country"].choices = [("", _("Choose…"))] + list(
            self.fields["country"].choices
        )[1:]
        languages = list(self.fields["languages"].queryset)
        languages.sort(key=lambda language: str(language.display_name).casefold())
        self.fields["languages"].choices = [
            (language.pk, language.display_name) for language in languages
        ]
        by_country = {}
        for region in Region.objects.all():
            by_country.setdefault(region.country, []).append(region)
        groups = [
            (
                countries.name(code),
                [
                    (region.pk, region.display_name)
                    for region in sorted(regions, key=lambda r: str(r.display_name).casefold())
                ],
            )
            for code, regions in by_country.items()
        ]
        groups.sort(key=lambda group: str(group[0]).casefold())
        self.fields["region"].choices = [("", _("No region")), *groups]

    def clean(self):
        cleaned = super().clean()
        region, country = cleaned.get("region"), cleaned.get("country")
        if region and country and region.country != country:
            self.add_error(
                "region",
                _("This region is not in the country you chose: choose another or none."),
            )
        if region and not country:
            cleaned["country"] = region.country
        return cleaned
