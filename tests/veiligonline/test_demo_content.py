"""The demo content: complete, in both languages, plain, and loadable twice."""

import io

import pytest
from django.core.management import call_command

from veiligonline.lib.readability import score
from veiligonline.models import AgeGroup, Article, HelpContact, Page, Theme

MODULE_THEMES = {"social-media", "relations-sexuality", "privacy", "gaming", "cyberbullying"}


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(demo):
    counts = [Article.objects.count(), Theme.objects.count(), HelpContact.objects.count()]
    call_command("load_demo", stdout=io.StringIO())
    assert [Article.objects.count(), Theme.objects.count(), HelpContact.objects.count()] == counts


@pytest.mark.django_db
def test_every_theme_and_age_group_is_covered(demo):
    published = Article.objects.published()
    assert published.count() >= 30
    assert MODULE_THEMES | {"screen-time"} <= set(Theme.objects.values_list("slug", flat=True))
    for theme in Theme.objects.all():
        for group in AgeGroup.objects.all():
            assert published.filter(themes=theme, age_groups=group).exists(), (theme, group)


@pytest.mark.django_db
def test_every_article_is_in_both_languages_plain_and_sourced(demo):
    for article in Article.objects.all():
        assert article.missing_languages == [], article.slug
        assert article.talk_prompt_list, article.slug
        assert article.source_list, article.slug
        dutch = score(article.body_nl, "nl")
        assert dutch.meets_target, (article.slug, dutch.value)


@pytest.mark.django_db
def test_help_contacts_include_the_national_lines(demo):
    phones = {c.slug: c.phone for c in HelpContact.objects.all()}
    assert HelpContact.objects.count() >= 8
    assert "116 000" in phones.values()
    assert "102" in phones.values()
    assert "103" in phones.values()
    for contact in HelpContact.objects.all():
        assert contact.missing_languages == [], contact.slug


@pytest.mark.django_db
def test_about_and_privacy_exist_in_both_languages(demo):
    for slug in ("about", "privacy"):
        assert Page.objects.get(slug=slug).missing_languages == []
