"""The demo content: complete, in both languages, plain, and loadable twice."""

import io

import pytest
from django.core.management import call_command

from veiligonline.lib.readability import score
from veiligonline.models import AgeGroup, Article, HelpContact, Page, Theme

MODULE_THEMES = {"social-media", "relations-sexuality", "privacy", "gaming", "cyberbullying"}


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(demo):
    from modules.models import AgreementSuggestion

    def state():
        return [
            Article.objects.count(),
            Theme.objects.count(),
            HelpContact.objects.count(),
            # Parents' agreements point at suggestions by id: the ids must stay.
            sorted(AgreementSuggestion.objects.values_list("pk", flat=True)),
        ]

    before = state()
    call_command("load_demo", stdout=io.StringIO())
    assert state() == before


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
@pytest.mark.parametrize(("language", "line"), [("nl", "102"), ("fr", "103")])
def test_the_footer_gives_the_childrens_line_of_each_language(client, demo, language, line):
    footer = client.get(f"/{language}/").content.decode().split("<footer")[1]
    assert "116 000" in footer and f"tel:{line}" in footer


@pytest.mark.django_db
def test_about_and_privacy_exist_in_both_languages(demo):
    for slug in ("about", "privacy"):
        assert Page.objects.get(slug=slug).missing_languages == []


@pytest.mark.django_db
def test_links_inside_the_pages_lead_somewhere(client, demo):
    import re

    for page in Page.objects.all():
        for language in ("nl", "fr"):
            for target in re.findall(r"\]\((/[^)]*)\)", getattr(page, f"body_{language}")):
                assert client.get(target).status_code == 200, (page.slug, target)


@pytest.mark.django_db
def test_trainings_demo(demo):
    from django.db.models import F

    from trainings.models import Organisation, Registration, TrainingSession, Venue

    assert Venue.objects.count() >= 40
    assert Organisation.objects.count() >= 15
    sessions = TrainingSession.objects.all()
    assert sessions.count() >= 60
    assert sessions.filter(audience="disadvantaged", childcare=True).count() >= 12
    assert sessions.filter(audience="grandparents").count() >= 5
    assert sessions.filter(seats_taken=F("capacity")).exists()
    assert Registration.objects.filter(status="waiting").exists()
    assert {"nl", "fr"} <= set(sessions.values_list("language", flat=True))
    audiences = set(sessions.values_list("audience", flat=True))
    assert audiences == {"all", "disadvantaged", "grandparents"}


@pytest.mark.django_db
def test_every_published_module_is_complete_in_both_languages(demo):
    from modules.models import Module, Step

    for module in Module.objects.published():
        steps = list(module.steps.filter(is_active=True).prefetch_related("choices"))
        kinds = [step.kind for step in steps]
        assert len(steps) >= 6, module.slug
        assert kinds.count(Step.Kind.QUESTION) >= 5, module.slug
        assert kinds.count(Step.Kind.VIDEO) == 1 and kinds.count(Step.Kind.REFLECTION) >= 1
        assert module.tip_list and module.missing_languages == []
        for step in steps:
            assert step.missing_languages == [], (module.slug, step.key)
            if step.kind == Step.Kind.VIDEO:
                assert step.transcript_nl and step.transcript_fr
            if step.kind == Step.Kind.QUESTION:
                choices = list(step.choices.all())
                correct = [c for c in choices if c.is_correct]
                assert len(choices) >= 2 and correct, (module.slug, step.key)
                if step.question_type != Step.QuestionType.MULTIPLE:
                    assert len(correct) == 1, (module.slug, step.key)
                for choice in choices:
                    assert choice.missing_languages == [], (module.slug, step.key)


@pytest.mark.django_db
def test_the_demo_people_receive_nothing(demo):
    """Invented parents are not mailed, and a newcomer's confirmation is not queued behind them."""
    from outbox.models import Message

    assert Message.objects.exists()
    assert not Message.objects.filter(status=Message.Status.QUEUED).exists()
    assert set(Message.objects.values_list("status", flat=True)) == {Message.Status.CANCELLED}


@pytest.mark.django_db
def test_loading_the_demo_queues_no_delivery(django_capture_on_commit_callbacks):
    """Nothing for the worker to skip through before a newcomer's own confirmation."""
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("load_demo", stdout=io.StringIO())
    assert not [c for c in callbacks if "queue_delivery" in repr(c)]


def test_the_demo_request_form_says_what_a_training_costs(client, demo):
    """An example price, said as one; a coordinator's own price is never overwritten."""
    import html

    from django.urls import reverse
    from django.utils import translation

    from veiligonline.models import ProgrammeSettings

    with translation.override("fr"):
        page = html.unescape(client.get(reverse("trainings:request_training")).content.decode())
    assert "150 euros par séance." in page and "Prix d'exemple de la démo." in page
    ProgrammeSettings.objects.filter(pk=1).update(price_euro=95)
    call_command("load_demo", stdout=io.StringIO())
    assert ProgrammeSettings.current().price_euro == 95
