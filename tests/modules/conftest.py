import pytest
from django.test import Client

from modules.models import AgreementSuggestion, Choice, Module, Step
from tests.accounts.helpers import login_verified


def add_question(module, key, order, question_type, answers):
    step = Step.objects.create(
        module=module,
        key=key,
        order=order,
        kind=Step.Kind.QUESTION,
        question_type=question_type,
        title_nl=f"Vraag {key}",
        title_fr=f"Question {key}",
        body_nl="Wat doe je?",
        body_fr="Que faites-vous ?",
    )
    for n, (text, correct) in enumerate(answers):
        Choice.objects.create(
            step=step,
            order=n,
            is_correct=correct,
            text_nl=text,
            text_fr=f"fr {text}",
            feedback_nl=f"Uitleg bij {text}.",
            feedback_fr=f"Explication {text}.",
        )
    return step


@pytest.fixture
def module(db):
    module = Module.objects.create(
        number=4,
        slug="gaming",
        status=Module.Status.PUBLISHED,
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        promise_nl="Je weet hoe je over games praat.",
        promise_fr="Vous savez parler des jeux.",
        tips_nl="Speel samen.\nKijk naar PEGI.",
        tips_fr="Jouez ensemble.\nRegardez PEGI.",
    )
    Step.objects.create(
        module=module,
        key="intro",
        order=0,
        kind=Step.Kind.TEXT,
        title_nl="Waarom gamen kinderen?",
        title_fr="Pourquoi jouer ?",
        body_nl="Gamen is leuk.",
        body_fr="Jouer, c'est chouette.",
    )
    Step.objects.create(
        module=module,
        key="video",
        order=1,
        kind=Step.Kind.VIDEO,
        title_nl="Video",
        title_fr="Vidéo",
        video_url="https://example.org/v.mp4",
        transcript_nl="Spreker: welkom bij de video.",
        transcript_fr="Orateur : bienvenue.",
    )
    add_question(
        module, "pegi", 2, Step.QuestionType.SINGLE, [("PEGI 12", True), ("Moeilijkheid", False)]
    )
    add_question(
        module,
        "risks",
        3,
        Step.QuestionType.MULTIPLE,
        [("Aankopen", True), ("Chatten met vreemden", True), ("Niets", False)],
    )
    Step.objects.create(
        module=module,
        key="reflect",
        order=4,
        kind=Step.Kind.REFLECTION,
        title_nl="Wat zou jij doen?",
        title_fr="Que feriez-vous ?",
        body_nl="Je kind wil een game van 18.",
        body_fr="Un jeu PEGI 18.",
    )
    return module


@pytest.fixture
def other_module(db):
    module = Module.objects.create(
        number=5, slug="cyberbullying", title_nl="Cyberpesten", status=Module.Status.PUBLISHED
    )
    add_question(
        module, "q", 0, Step.QuestionType.TRUE_FALSE, [("Waar", True), ("Niet waar", False)]
    )
    return module


@pytest.fixture
def coordinator_client(db, django_user_model):
    """A coordinator in a browser of their own, for tests where a parent uses `client`."""
    user = django_user_model.objects.create_user(
        username="coordinator-2", password="another test password", is_staff=True, is_superuser=True
    )
    browser = Client()
    login_verified(browser, user)  # second factor proven, as the admin requires
    return browser


@pytest.fixture
def social_media(db):
    """Module 1: short, ending in the family agreement builder, with three suggestions."""
    module = Module.objects.create(
        number=1,
        slug="social-media",
        status=Module.Status.PUBLISHED,
        title_nl="Sociale media",
        title_fr="Réseaux sociaux",
        tips_nl="Praat samen.",
        tips_fr="Parlez ensemble.",
    )
    Step.objects.create(module=module, key="intro", order=0, kind=Step.Kind.TEXT, title_nl="Welkom")
    add_question(
        module, "age", 1, Step.QuestionType.TRUE_FALSE, [("Waar", False), ("Niet waar", True)]
    )
    Step.objects.create(
        module=module, key="reflect", order=2, kind=Step.Kind.REFLECTION, title_nl="En jij?"
    )
    Step.objects.create(
        module=module, key="agreement", order=3, kind=Step.Kind.AGREEMENT, title_nl="Afspraken"
    )
    for n, topic in enumerate(["screen-time", "table", "bedroom"]):
        AgreementSuggestion.objects.create(
            topic=topic, order=n, text_nl=f"Afspraak {n}", text_fr=f"Accord {n}"
        )
    return module
