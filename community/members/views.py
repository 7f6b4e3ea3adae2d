"""The member's own profile and profile pages. Who may see a profile is decided by
``Profile.objects.visible_to``; a profile the reader may not see is a 404, never a
403, so that its existence is not confirmed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.members.forms import ProfileForm
from community.members.models import Profile, Visibility
from courses.models import Certificate
from home import serving


@never_cache
@login_required
def my_profile(request):
    """Made the first time the member opens it; edited here."""
    profile, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("members:my_profile")
        status = 400
    else:
        status = 200
    return TemplateResponse(
        request, "members/my_profile.html", {"form": form, "profile": profile}, status=status
    )


def profile_detail(request, pk):
    serving.site_for_request(request)  # from the cache: the menu and settings need it
    profile = get_object_or_404(
        Profile.objects.visible_to(request.user)
        .select_related("user", "region")
        .prefetch_related("languages", "expertise"),
        pk=pk,
    )
    certificates = []
    if profile.show_learning:
        certificates = Certificate.objects.filter(
            user=profile.user, revoked_at__isnull=True
        ).order_by("-issued_at")
    response = TemplateResponse(
        request,
        "members/profile_detail.html",
        {
            "profile": profile,
            "certificates": certificates,
            "is_owner": profile.user_id == request.user.pk,
        },
    )
    if profile.visibility != Visibility.PUBLIC or request.user.is_authenticated:
        response["Cache-Control"] = "private"
    return response
