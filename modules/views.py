from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from modules.forms import AgreementForm, AnswerForm, DeleteCodeForm, ReflectionForm, ResumeForm
from modules.messages import keep_days, send_tip_sheet
from modules.models import (
    AgreementSuggestion,
    Choice,
    Module,
    ResumeCode,
    Step,
    grouped_code,
    resume_code_hash,
)
from modules.progress import (
    CODE_SESSION_KEY,
    OLD_CODE_SESSION_KEY,
    SESSION_KEY,
    Agreement,
    ModuleProgress,
    Progress,
    is_right,
)
from veiligonline.admin_login import client_address
from veiligonline.lib import antibot, limits
from veiligonline.lib.forms import AccessibleFormMixin
from veiligonline.lib.methods import post_only
from veiligonline.lib.pagecache import public_page
from veiligonline.lib.private_pages import private_page
from veiligonline.lib.translation import LANGUAGE_CODES, active_language
from veiligonline.templatetags.veiligonline import as_lead_in

CAPTION_LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français"}  # each in its own language
# Captions named social-media.nl.vtt have their twin in the other language beside them.
_CAPTIONS_IN = re.compile(r"\.(?P<code>nl|fr)\.vtt$")


def _on_site(address: str) -> str:
    """An address on the portal itself becomes a path, so that it loads from the page's own
    origin whatever host the visitor used (the Content-Security-Policy allows 'self')."""
    parts = urlsplit(address)
    site = urlsplit(settings.SITE_URL)
    if (parts.scheme, parts.netloc) == (site.scheme, site.netloc):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return address


def captions_in(address: str, code: str) -> str:
    """The address of the captions twin in language `code`: only the `.nl.vtt`/`.fr.vtt` end
    of the path changes, so a host, port, query or fragment of the address stays as it was."""
    parts = urlsplit(address)
    path = _CAPTIONS_IN.sub(f".{code}.vtt", parts.path)
    return urlunsplit(parts._replace(path=path))


def _video(step: Step) -> dict | None:
    """The player's sources: the clip, and captions in each language, the page's own first.

    Captions from another origin (settings.VIDEO_ORIGIN) load only with CORS, hence
    `crossorigin` on the player then.
    """
    if step.kind != Step.Kind.VIDEO or not step.video_url:
        return None
    language = active_language()
    tracks = []
    captions = _on_site(step.captions_url) if step.captions_url else ""
    if _CAPTIONS_IN.search(urlsplit(captions).path):
        for code in LANGUAGE_CODES:
            tracks.append({"src": captions_in(captions, code), "code": code})
    elif captions:
        # One captions file, in the language the step's text is shown in.
        tracks.append({"src": captions, "code": step.content_language})
    for track in tracks:
        track["label"] = CAPTION_LANGUAGE_NAMES.get(track["code"], track["code"])
        track["default"] = track["code"] == language
    if tracks and not any(track["default"] for track in tracks):
        tracks[0]["default"] = True
    src = _on_site(step.video_url)
    return {
        "src": src,
        "tracks": tracks,
        "cross_origin": any("://" in url for url in [src] + [t["src"] for t in tracks]),
    }


def _is_preview(request) -> bool:
    """Coordinators may walk through any module, a draft too, as a parent sees it.

    A preview neither reads nor changes the coordinator's own progress, and counts nothing:
    the statistics are parents' use only. Anyone else asking for a preview gets what
    parents get. A staff login that has not proven its second factor is not a coordinator
    yet (a stolen password alone must not open draft modules), so it gets that too.
    """
    user = request.user
    return "preview" in request.GET and user.is_staff and user.is_verified()


PREVIEW_QUERY = "?preview=1"


def _module_with_steps(slug: str, *, preview: bool = False) -> tuple[Module, list[Step]]:
    """The published module (any module in a preview) and its active steps: three queries."""
    modules = Module.objects.all() if preview else Module.objects.published()
    module = get_object_or_404(modules, slug=slug)
    steps = list(
        module.steps.filter(is_active=True).prefetch_related(
            Prefetch("choices", queryset=Choice.objects.order_by("order", "id"))
        )
    )
    return module, steps


def _step_url(module: Module, step: Step, *, preview: bool = False) -> str:
    url = reverse("modules:step", kwargs={"slug": module.slug, "key": step.key})
    return url + PREVIEW_QUERY if preview else url


def _progress_of(request, module: Module, *, preview: bool) -> ModuleProgress:
    # A preview shows the module as a parent who has not started sees it.
    return ModuleProgress({}) if preview else Progress(request.session).of(module)


def _feedback(step: Step, chosen: list[Choice]) -> dict:
    chosen_ids = {choice.pk for choice in chosen}
    return {
        "correct": is_right(step, chosen),
        "chosen": chosen,
        "missed": [c for c in step.choices.all() if c.is_correct and c.pk not in chosen_ids],
        # A question with one right answer names it ("The right answer:"); only a
        # multiple-choice question has right answers the parent may have missed among others.
        "several": step.question_type == Step.QuestionType.MULTIPLE,
    }


def _agreement_step(steps: list[Step]) -> Step | None:
    return next((step for step in steps if step.kind == Step.Kind.AGREEMENT), None)


def _start_here(request, module: Module):
    """Someone who has not begun the module yet is sent to its page, where it starts."""
    messages.info(request, _("Start here: the module begins with step 1."))
    return redirect(module.get_absolute_url())


def _agreement_items(agreement: Agreement) -> list[str]:
    """The agreement's lines, suggestions in the language of the page."""
    if not agreement:
        return []
    suggestions = list(AgreementSuggestion.objects.all())
    return agreement.matched(suggestions).items(suggestions)


@require_safe
# Shows each module's progress and the resume code: kept only for an empty session.
@public_page(groups=("content",), session_sensitive=True)
def module_list(request):
    modules = list(Module.objects.published())
    progress = Progress(request.session)
    new_code = request.session.pop(NEW_CODE_KEY, None)
    return render(
        request,
        "modules/module_list.html",
        {
            "new_code": new_code,
            "modules": [(module, progress.of(module)) for module in modules],
            "has_code": progress.has_code,
            "resume_form": ResumeForm(),
            # "Forget this device" is offered once there is something to forget.
            "can_forget": progress.has_code or any(progress.data.values()),
        },
    )


@require_safe
@private_page
def module_detail(request, slug: str):
    preview = _is_preview(request)
    module, steps = _module_with_steps(slug, preview=preview)
    own = _progress_of(request, module, preview=preview)
    if not preview and not own.finished and own.all_done(steps):
        # Every step done, but not marked finished (progress kept before a module was
        # finished on its last step): it is finished, and counted so once.
        progress = Progress(request.session)
        progress.finish(module)
        own = progress.of(module)
    next_step = steps[own.reachable(steps)] if steps else None
    return render(
        request,
        "modules/module_detail.html",
        {
            "module": module,
            "steps": steps,
            "progress": own,
            "next_step": next_step,
            "percent": own.percent(steps),
            "preview": preview,
        },
    )


@post_only("modules:module", keep=("slug",))
def module_start(request, slug: str):
    """Start, continue where the parent left off, or go through a finished module again."""
    module, steps = _module_with_steps(slug)
    if not steps:
        raise Http404
    progress = Progress(request.session)
    if progress.of(module).finished:
        progress.restart(module)
        return redirect(_step_url(module, steps[0]))
    progress.start(module)
    own = progress.of(module)
    return redirect(_step_url(module, steps[own.reachable(steps)]))


@require_http_methods(["GET", "HEAD", "POST"])
@private_page
def step_detail(request, slug: str, key: str):
    preview = _is_preview(request)
    module, steps = _module_with_steps(slug, preview=preview)
    index = next((i for i, step in enumerate(steps) if step.key == key), None)
    if index is None:
        raise Http404
    step = steps[index]
    progress = Progress(request.session)
    own = _progress_of(request, module, preview=preview)
    if index > own.reachable(steps) and not preview:
        if not own.has_progress:
            return _start_here(request, module)
        messages.info(request, _("Take the steps in order: here is where you left off."))
        return redirect(_step_url(module, steps[own.reachable(steps)]))

    form = None
    # Bound on every POST, an empty one too: unticking every agreement is an answer.
    data = request.POST if request.method == "POST" else None
    if step.kind == Step.Kind.QUESTION:
        form = AnswerForm(data, step=step)
    elif step.kind == Step.Kind.REFLECTION:
        form = ReflectionForm(data, initial={"text": own.reflection(key)})
    elif step.kind == Step.Kind.AGREEMENT:
        suggestions = list(AgreementSuggestion.objects.all())
        form = AgreementForm(data, suggestions=suggestions, agreement=own.agreement)

    feedback = None
    if request.method == "POST" and (form is None or form.is_valid()):
        if preview:
            # Checked as for a parent, but nothing is stored: no progress, no counts.
            if step.kind == Step.Kind.QUESTION:
                feedback = _feedback(step, form.chosen())
            elif step.kind == Step.Kind.AGREEMENT:
                return render(
                    request,
                    "modules/agreement.html",
                    {
                        "module": module,
                        "items": form.agreement().items(suggestions),
                        "preview": True,
                        "progress": own,
                        "change_step": step,
                        "keep_days": _session_days(),
                    },
                )
            else:
                return _after(module, steps, index, preview=True)
        elif step.kind == Step.Kind.QUESTION:
            progress.record_answer(module, step, form.chosen(), steps=steps)
            return redirect(_step_url(module, step) + "#feedback")
        elif step.kind == Step.Kind.REFLECTION:
            progress.record_reflection(module, step, form.cleaned_data["text"], steps=steps)
            return _after(module, steps, index)
        elif step.kind == Step.Kind.AGREEMENT:
            progress.record_agreement(module, step, form.agreement(), steps=steps)
            return _after(module, steps, index)
        else:
            progress.complete(module, step, steps=steps)
            return _after(module, steps, index)

    answer_ids = own.answer(key) if step.kind == Step.Kind.QUESTION else None
    if answer_ids is not None and request.method == "GET" and request.GET.get("again") is None:
        feedback = _feedback(step, [c for c in step.choices.all() if c.pk in answer_ids])
    return render(
        request,
        "modules/step.html",
        {
            "module": module,
            "steps": steps,
            "step": step,
            "index": index,
            "form": form,
            "feedback": feedback,
            "video": _video(step),
            "progress": own,
            "previous": steps[index - 1] if index else None,
            "next": steps[index + 1] if index + 1 < len(steps) else None,
            "preview": preview,
        },
        status=400 if request.method == "POST" and feedback is None else 200,
    )


def _after(module, steps, index, *, preview: bool = False):
    """The next step, or after the last one (which finished the module) the tip sheet."""
    if index + 1 < len(steps):
        return redirect(_step_url(module, steps[index + 1], preview=preview))
    url = reverse("modules:tips", kwargs={"slug": module.slug})
    return redirect(url + PREVIEW_QUERY if preview else url)


def _session_days() -> int:
    return settings.SESSION_COOKIE_AGE // (24 * 60 * 60)


TIP_SHEET_MAILS_PER_HOUR = 5


class TipSheetEmailForm(AccessibleFormMixin, forms.Form):
    """Send my tip sheet to me: an address used for this one message only."""

    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Give the e-mail address to send your tip sheet to."),
            "invalid": gettext_lazy(
                "This does not look like an e-mail address. For example: name@example.be."
            ),
        },
    )


def _too_many_tip_sheet_mails(request) -> bool:
    """A light limit per visitor's address; the cache holds a keyed hash, never the address.

    A cache outage lets the form work: one more e-mail is better than an error.
    """
    key = (
        "tip-sheet-mail:"
        + salted_hmac("modules.tip_sheet", client_address(request), algorithm="sha256").hexdigest()
    )
    try:
        if cache.add(key, 1, 3600):
            return False
        return cache.incr(key) > TIP_SHEET_MAILS_PER_HOUR
    except Exception:  # noqa: BLE001 - any cache error: better to answer than to fail
        return False


def _related_articles(module: Module) -> list:
    """Published advice on the module's themes (or naming the module), newest first."""
    from veiligonline.models import Article

    return list(
        Article.objects.published()
        .filter(Q(themes__module=module) | Q(related_module=module))
        .distinct()
        .order_by("-published_at", "slug")[:4]
    )


def _tip_sheet_text(module: Module, reflections, items) -> str:
    """The tip sheet as plain text, to keep on the phone or computer (in the page's language)."""
    lines = [_("My tip sheet: %(title)s") % {"title": module.title}, "", _("What to remember")]
    lines += [f"- {tip}" for tip in module.tip_list]
    if reflections:
        lines += ["", _("My own answers")]
        for step, text in reflections:
            lines += [as_lead_in(step.title), text, ""]
    if items:
        lines += ["", _("Our family agreement")]
        lines += [f"- {item}" for item in items]
    lines += [
        "",
        _("Go through the module again:") + " " + settings.SITE_URL + module.get_absolute_url(),
        "",
        _("Veilig Online is a programme of Gezinsbond and Child Focus."),
    ]
    return "\r\n".join(lines) + "\r\n"


@require_http_methods(["GET", "HEAD", "POST"])
@private_page
def tip_sheet(request, slug: str):
    """The end of a module: the parent's own tip sheet, to print, keep or e-mail, and
    where to go next (trainings on the theme near them, the related advice)."""
    preview = _is_preview(request)
    module, steps = _module_with_steps(slug, preview=preview)
    own = _progress_of(request, module, preview=preview)
    if not preview and not own.finished:
        if not own.all_done(steps):
            if not own.has_progress:
                return _start_here(request, module)
            messages.info(request, _("Finish the module first; then your tip sheet is ready."))
            return redirect(_step_url(module, steps[own.reachable(steps)]))
        # Every step done in progress kept from before modules were finished on their last
        # step: finished now, and counted once.
        progress = Progress(request.session)
        progress.finish(module)
        own = progress.of(module)
    reflections = [
        (step, own.reflection(step.key))
        for step in steps
        if step.kind == Step.Kind.REFLECTION and own.reflection(step.key)
    ]
    agreement_step = _agreement_step(steps)
    items = _agreement_items(own.agreement)
    if request.method != "POST" and request.GET.get("download") == "txt":
        response = HttpResponse(
            _tip_sheet_text(module, reflections, items), content_type="text/plain; charset=utf-8"
        )
        # "tipsblad-gamen.txt", "fiche-conseils-jeux-video.txt": named in the page's language.
        prefix = slugify(_("tip-sheet"))
        name = f"{prefix}-{slugify(module.title)}.txt"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"  # the parent's own answers are in it
        return response
    form = TipSheetEmailForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        # Only an address that can be sent to counts against the limit: a parent who
        # mistypes a few times is not blocked.
        if form.is_valid() and _too_many_tip_sheet_mails(request):
            form.add_error(
                None,
                _(
                    "You asked for many e-mails in a short while. Try again in an hour, "
                    "or download your tip sheet."
                ),
            )
            status = 429
        elif form.is_valid():
            if preview:
                messages.info(request, _("Preview: no e-mail is sent."))
            else:
                send_tip_sheet(
                    module=module,
                    address=form.cleaned_data["email"],
                    language=request.LANGUAGE_CODE,
                    agreement=items,
                    reflections=[(step.title, text) for step, text in reflections],
                )
                # The same words whatever happened: the address is not shown or kept here.
                messages.success(
                    request,
                    _(
                        "Thank you. Your tip sheet is on its way. It can take a few minutes. "
                        "Look in your spam folder too."
                    ),
                )
            url = reverse("modules:tips", kwargs={"slug": module.slug})
            return redirect(url + PREVIEW_QUERY if preview else url)
    response = render(
        request,
        "modules/tip_sheet.html",
        {
            "module": module,
            "reflections": reflections,
            "agreement": items,
            "agreement_step": agreement_step,
            "module_url": request.build_absolute_uri(module.get_absolute_url()),
            "preview": preview,
            "form": form,
            "articles": _related_articles(module),
            "keep_days": keep_days(),
        },
        status=status,
    )
    return response


@require_safe
@private_page
def agreement(request, slug: str):
    """The family agreement on a page of its own, to print and sign."""
    preview = _is_preview(request)
    module, steps = _module_with_steps(slug, preview=preview)
    own = _progress_of(request, module, preview=preview)
    agreement_step = _agreement_step(steps)
    items = _agreement_items(own.agreement)
    return render(
        request,
        "modules/agreement.html",
        {
            "module": module,
            "items": items,
            "preview": preview,
            "progress": own,
            # Changing it is offered once the parent has reached the builder.
            "change_step": agreement_step
            if agreement_step and (preview or agreement_step.key in own.done)
            else None,
            "keep_days": _session_days(),
        },
    )


NEW_CODE_KEY = "vo_new_code"


@post_only("modules:list")
def create_code(request):
    code = Progress(request.session).create_code()
    # Shown this once: we keep only its keyed hash, so we cannot show it again. It waits in
    # the server-side session for the next page, never in a cookie (the messages cookie is
    # signed, not encrypted).
    request.session[NEW_CODE_KEY] = grouped_code(code)
    return redirect("modules:list")


@require_http_methods(["GET", "HEAD", "POST"])
@private_page
def resume(request):
    form = ResumeForm(request.POST or None)
    status = 400 if request.method == "POST" else 200
    if request.method == "POST":
        # Every try counts, right or wrong: 10 an hour per address makes guessing a code
        # of 56 bits hopeless, and a parent with a typo has tries enough.
        if antibot.verdict(request, "resume-code") is not antibot.Verdict.PERSON:
            form.add_error(None, antibot.TRY_AGAIN)
        elif limits.exceeded(request, "resume-code"):
            form.add_error(None, limits.message())
            status = 429
        elif form.is_valid():
            if Progress(request.session).resume(form.cleaned_data["code"]):
                messages.success(request, _("Welcome back. You continue where you left off."))
                return redirect("modules:list")
            form.add_error(
                "code",
                _("We do not know this code, or it has expired. Check it, or start again."),
            )
    return render(
        request,
        "modules/resume.html",
        {"form": form, "delete_form": DeleteCodeForm()},
        status=status,
    )


@post_only("modules:list")
def forget_device(request):
    """Remove this browser's progress, reflections, agreement and code from its session.

    For parents on a shared computer (a library, a community centre). A resume code, if
    there is one, still holds the progress on our side: it is deleted with its own button.
    The session gets a new key, so the old cookie value opens nothing.
    """
    for key in (SESSION_KEY, CODE_SESSION_KEY, OLD_CODE_SESSION_KEY):
        request.session.pop(key, None)
    request.session.cycle_key()
    messages.success(request, _("Done: this device no longer holds your progress."))
    return redirect("modules:list")


@post_only("modules:resume")
@private_page
def delete_code(request):
    """Delete a resume code and the progress kept under it, by the code itself.

    The same reply whether the code existed or not, and every try counts against the
    resume-code limit: this is no way to test codes.
    """
    form = DeleteCodeForm(request.POST)
    if limits.exceeded(request, "resume-code"):
        form.add_error(None, limits.message())
        return render(
            request, "modules/resume.html", {"form": ResumeForm(), "delete_form": form}, status=429
        )
    if not form.is_valid():
        return render(
            request, "modules/resume.html", {"form": ResumeForm(), "delete_form": form}, status=400
        )
    code_hash = resume_code_hash(form.cleaned_data["code"])
    ResumeCode.objects.filter(code_hash=code_hash).delete()
    if request.session.get(CODE_SESSION_KEY) == code_hash:
        request.session.pop(CODE_SESSION_KEY, None)
    messages.success(request, _("If this code existed, it is deleted with the progress it kept."))
    return redirect("modules:list")
