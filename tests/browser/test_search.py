"""A visitor searches the site from the header and pages through results."""

from playwright.sync_api import expect


def test_search_from_the_header(page, site, check_a11y):
    page.goto(f"{site.url}/en/")
    page.get_by_role("searchbox", name="Search the site").fill("Kitee")
    page.get_by_role("search").get_by_role("button", name="Search").click()

    expect(page).to_have_url(f"{site.url}/en/search/?q=Kitee")
    # The news item on the Kitee workshops and the course lesson on the FISS method.
    expect(page.get_by_role("status")).to_contain_text("2 results")
    results = page.locator(".search-result h2 a")
    expect(results).to_have_count(2)
    check_a11y(page)

    results.filter(has_text="FISS workshops").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("FISS workshops")


def test_search_in_estonian_with_no_matches(page, site, check_a11y):
    page.goto(f"{site.url}/et/search/?q=qwertyuiop")
    expect(page.locator("html")).to_have_attribute("lang", "et")
    expect(page.locator(".empty-state")).to_be_visible()
    check_a11y(page)
