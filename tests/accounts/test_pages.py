"""The account pages in the site's voice: its form style, sentence case, one term
per thing in every language, and an error summary that leads to each field
(issue 7, item 8)."""

import gettext as gettext_module
import html
import re
from pathlib import Path

from django.utils import translation
from django.utils.translation import to_locale

import allauth
import pytest
from allauth.account.models import EmailAddress

from tests.conftest import LANGUAGE_CODES
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ALLAUTH_LOCALE = Path(allauth.__file__).parent / "locale"
DJANGO_AUTH_LOCALE = Path(translation.__file__).parents[2] / "contrib" / "auth" / "locale"
# allauth's (and Django's) word for a thing → the site's.
OUR_TERMS = {
    "Sign In": "Log in",
    "Sign Up": "Sign up",
    "Sign Out": "Log out",
    "Password": "Password",
    "Password (again)": "Repeat the password",
    "Email": "E-mail address",
    "Email address": "E-mail address",
    "Remember Me": "Remember me",
    "Forgot your password?": "Forgot your password?",
    "Password Reset": "Reset your password",
}


def main_text(response):
    content = response.content.decode()
    main = content[content.index("<main") : content.index("</main>")]
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", main)))
    return re.sub(r" ([.,:;!?])", r"\1", text)


def reset_key_url(client, user):
    client.post("/en/accounts/password/reset/", {"email": user.email})
    from django.core import mail

    path = re.search(r"http://testserver(\S+/password/reset/key/\S+/)", mail.outbox[-1].body)
    return client.get(path.group(1), follow=True).redirect_chain[-1][0]


def test_sign_up_with_errors_sums_them_up_linking_to_each_field_and_keeps_the_input(client):
    response = client.post(
        "/en/accounts/signup/",
        {"name": "Ana Novak", "email": "ana@", "password1": "short1", "password2": "short2"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    start = content.index('class="error-summary"')
    summary = content[start : content.index("</ul>", start)]
    assert "There is a problem" in summary
    assert '<a href="#id_email">E-mail address: Enter an e-mail address like' in summary
    assert (
        '<a href="#id_password1">Password: This password is too short: use at least 8 characters.'
        in summary
    )
    # Each field says it too, announced with the input.
    assert 'aria-describedby="id_password1_helptext id_password1_error"' in content
    assert 'id="id_password1_error"' in content
    # What was typed is kept, except the passwords.
    assert 'value="Ana Novak"' in content
    assert 'value="ana@"' in content
    assert "short1" not in content and "short2" not in content


def test_an_empty_sign_up_says_what_each_field_needs(client):
    text = main_text(client.post("/en/accounts/signup/", {}))
    for line in [
        "Your name: Enter your name.",
        "E-mail address: Enter your e-mail address.",
        "Password: Choose a password.",
        "Repeat the password: Repeat the password.",
    ]:
        assert line in text
    assert "This field is required." not in text


def test_the_password_is_checked_against_the_name_too(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "name": "Kristjan Tammsaare",
            "email": "kt@example.org",
            "password1": "kristjantammsaare",
            "password2": "kristjantammsaare",
        },
    )
    assert "This password is too much like your name or e-mail address." in main_text(response)


def test_a_wrong_password_is_summed_up_and_keeps_the_address(client):
    user = UserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": "nope"})
    text = main_text(response)
    assert "There is a problem" in text
    assert "The e-mail address or the password is not correct." in text
    assert f'value="{user.email}"' in response.content.decode()


@pytest.fixture
def pages(client):
    """The account pages and their forms, as a visitor and as a member sees them."""
    user = UserFactory(first_name="Maija Virtanen")

    def collect(code):
        anonymous = {
            path: client.get(f"/{code}/accounts/{path}")
            for path in ["login/", "signup/", "password/reset/", "password/reset/done/"]
        }
        anonymous["reset from key"] = client.get(reset_key_url(client, user))
        client.force_login(user)
        member = {
            path: client.get(f"/{code}/accounts/{path}")
            for path in ["name/", "email/", "password/change/", "logout/"]
        }
        client.logout()
        return {**anonymous, **member}

    return collect


def test_labels_have_no_colons_and_no_placeholders_and_rules_are_one_hint(pages):
    for path, response in pages("en").items():
        assert response.status_code == 200, path
        content = response.content.decode()
        assert ":</label>" not in content, path
        assert "placeholder=" not in content.split("<main")[1], path
        assert "Your password can’t" not in content, path
    for path in ["signup/", "reset from key", "password/change/"]:
        text = main_text(pages("en")[path])
        assert "At least 8 characters; not only digits, and not a common password" in text


def test_headings_and_buttons_are_in_sentence_case(pages):
    found = pages("en")
    for path, heading, button in [
        ("login/", "Log in", "Log in"),
        ("signup/", "Sign up", "Sign up"),
        ("password/reset/", "Reset your password", "Send the link"),
        ("reset from key", "Choose a new password", "Save the new password"),
        ("password/change/", "Password", "Change password"),
        ("email/", "E-mail address", "Change e-mail address"),
        ("logout/", "Log out", "Log out"),
    ]:
        content = found[path].content.decode()
        assert f"<h1>{heading}</h1>" in content, path
        assert re.search(rf"<button[^>]*>\s*{re.escape(button)}\s*</button>", content), path


def allauth_word(catalogue_dir, code, msgid):
    catalogue = gettext_module.translation(
        "django", catalogue_dir, languages=[to_locale(code)], fallback=True
    )
    return catalogue.gettext(msgid)


@pytest.mark.parametrize("code", [code for code in LANGUAGE_CODES if code != "en"])
def test_every_language_uses_one_term_for_each_thing(pages, code):
    """Where allauth's or Django's catalogue says it differently (Estonian
    "Salasõna", "Registreeru"), the site's term is used on every account page."""
    found = pages(code)
    with translation.override(code):
        ours = {msgid: translation.gettext(term) for msgid, term in OUR_TERMS.items()}
    theirs = set()
    for msgid in OUR_TERMS:
        for catalogue_dir in [ALLAUTH_LOCALE, DJANGO_AUTH_LOCALE]:
            word = allauth_word(catalogue_dir, code, msgid)
            if word != msgid and word.lower() not in ours[msgid].lower():
                theirs.add(word)
    for path, response in found.items():
        text = main_text(response)
        for word in theirs:
            assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE), (
                path,
                word,
            )
    assert ours["Sign Up"] in main_text(found["signup/"])
    assert ours["Sign In"] in main_text(found["login/"])
    assert ours["Password"] in main_text(found["password/change/"])


def test_estonian_pages_say_parool_and_loo_konto(pages, client):
    for path, response in pages("et").items():
        text = main_text(response)
        assert "salasõna" not in text.lower(), path
        assert "registreeri" not in text.lower(), path
    assert "Loo konto" in main_text(pages("et")["signup/"])
    response = client.post(
        "/et/accounts/signup/",
        {"name": "Mari", "email": "mari@example.org", "password1": "123", "password2": "123"},
    )
    text = main_text(response)
    assert "See parool on liiga lühike" in text
    assert "salasõna" not in text.lower()


def test_the_email_page_shows_the_address_and_a_change_waiting_for_confirmation(client):
    user = UserFactory()
    client.force_login(user)
    text = main_text(client.get("/en/accounts/email/"))
    assert f"You log in with {user.email}." in text
    client.post("/en/accounts/email/", {"action_add": "", "email": "next@example.org"})
    text = main_text(client.get("/en/accounts/email/"))
    assert "Waiting for confirmation: next@example.org." in text
    assert "Send the link again" in text and "Cancel the change" in text
    client.post("/en/accounts/email/", {"action_remove": "", "email": "next@example.org"})
    assert not EmailAddress.objects.filter(email="next@example.org").exists()


def test_a_used_or_broken_link_says_what_to_do(client):
    text = main_text(client.get("/en/accounts/confirm-email/not-a-key/"))
    assert "This confirmation link has expired or is not valid." in text
    assert "Log in, and we will send you a new one." in text
    text = main_text(client.get("/en/accounts/password/reset/key/1-not-a-token/"))
    assert "This link does not work" in text
    assert "Ask for a new link" in text


def test_logging_in_and_out_say_so_by_name(client):
    user = UserFactory(first_name="Maija Virtanen", username="u7f3k2x")
    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": PASSWORD}, follow=True
    )
    assert "You are logged in as Maija Virtanen." in response.content.decode()
    assert user.username not in response.content.decode()
    response = client.post("/en/accounts/logout/", follow=True)
    assert "You have logged out." in response.content.decode()
