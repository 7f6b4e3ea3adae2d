"""Certificates are earned, never made in the admin: nobody may add, copy or delete
one. Editing one means revoking it (or lifting a revocation), and the form has only
that."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


class CertificateRevocationForm(WagtailAdminModelForm):
    revoked = forms.BooleanField(
        label=_("Revoked"),
        required=False,
        help_text=_(
            "The public verification page then says the certificate is no longer valid. "
            "Untick to reinstate it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["revoked"] = self.instance.revoked_at is not None

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("revoked") and not cleaned_data.get("revocation_reason", "").strip():
            self.add_error("revocation_reason", _("Say why the certificate is revoked."))
        return cleaned_data

    def save(self, commit=True):
        certificate = super().save(commit=False)
        if self.cleaned_data["revoked"]:
            certificate.revoked_at = certificate.revoked_at or timezone.now()
        else:
            certificate.revoked_at = None
            certificate.revocation_reason = ""
        if commit:
            certificate.save()
        return certificate
