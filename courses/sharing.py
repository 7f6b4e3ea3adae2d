"""Sharing a certificate: LinkedIn's "add to profile" link.

LinkedIn documents an address that opens the member's "Add licence or
certification" form filled in with the certificate's data
(https://addtoprofile.linkedin.com/). Nothing is sent to LinkedIn unless the learner
follows the link.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone

LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def linkedin_add_url(certificate, verification_url):
    issued = timezone.localtime(certificate.issued_at)
    query = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": settings.WAGTAIL_SITE_NAME,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verification_url,
        "certId": certificate.code,
    }
    return f"{LINKEDIN_ADD_TO_PROFILE}?{urlencode(query)}"
