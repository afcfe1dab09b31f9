from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from modules.forms import AgreementForm, AnswerForm, ReflectionForm, ResumeForm
from modules.models import AgreementSuggestion, Choice, Module, Step
from modules.progress import Progress


def _is_preview(request) -> bool:
    """Coordinators may look at any step, of a draft module too, as a parent sees it."""
    return request.user.is_staff and "preview" in request.GET


def _module_with_steps(slug: str, *, preview: bool = False) -> tuple[Module, list[Step]]:
    """The published module and its active steps with their answers: three queries."""
    modules = Module.objects.all() if preview else Module.objects.published()
    module = get_object_or_404(modules, slug=slug)
    steps = list(
        module.steps.filter(is_active=True).prefetch_related(
            Prefetch("choices", queryset=Choice.objects.order_by("order", "id"))
        )
    )
    return module, steps


def _step_url(module: Module, step: Step) -> str:
    return reverse("modules:step", kwargs={"slug": module.slug, "key": step.key})


@require_safe
def module_list(request):
    modules = list(Module.objects.published())
    progress = Progress(request.session)
    return render(
        request,
        "modules/module_list.html",
        {
            "modules": [(module, progress.of(module)) for module in modules],
            "resume_code": progress.resume_code,
            "resume_form": ResumeForm(),
        },
    )


@require_safe
def module_detail(request, slug: str):
    module, steps = _module_with_steps(slug)
    own = Progress(request.session).of(module)
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
        },
    )


@require_POST
def module_start(request, slug: str):
    module, steps = _module_with_steps(slug)
    if not steps:
        raise Http404
    progress = Progress(request.session)
    progress.start(module)
    own = progress.of(module)
    return redirect(_step_url(module, steps[own.reachable(steps)]))


@require_http_methods(["GET", "HEAD", "POST"])
def step_detail(request, slug: str, key: str):
    preview = _is_preview(request)
    module, steps = _module_with_steps(slug, preview=preview)
    index = next((i for i, step in enumerate(steps) if step.key == key), None)
    if index is None:
        raise Http404
    step = steps[index]
    progress = Progress(request.session)
    own = progress.of(module)
    if index > own.reachable(steps) and not preview:
        messages.info(request, _("Take the steps in order: here is where you left off."))
        return redirect(_step_url(module, steps[own.reachable(steps)]))

    form = None
    suggestions = []
    if step.kind == Step.Kind.QUESTION:
        form = AnswerForm(request.POST or None, step=step)
    elif step.kind == Step.Kind.REFLECTION:
        form = ReflectionForm(request.POST or None, initial={"text": own.reflection(key)})
    elif step.kind == Step.Kind.AGREEMENT:
        suggestions = list(AgreementSuggestion.objects.all())
        form = AgreementForm(request.POST or None, suggestions=suggestions)

    if request.method == "POST" and preview:
        messages.info(request, _("Preview: answers are not saved."))
        return redirect(request.get_full_path())
    if request.method == "POST" and (form is None or form.is_valid()):
        if step.kind == Step.Kind.QUESTION:
            progress.record_answer(module, step, form.chosen())
            return redirect(_step_url(module, step) + "#feedback")
        if step.kind == Step.Kind.REFLECTION:
            progress.record_reflection(module, step, form.cleaned_data["text"])
        elif step.kind == Step.Kind.AGREEMENT:
            progress.record_agreement(module, step, form.items())
            return redirect("modules:agreement", slug=module.slug)
        else:
            progress.complete(module, step)
        return _after(module, steps, index)

    answer_ids = own.answer(key) if step.kind == Step.Kind.QUESTION else None
    feedback = None
    if answer_ids is not None and request.method == "GET" and request.GET.get("again") is None:
        chosen = [c for c in step.choices.all() if c.pk in answer_ids]
        right = {c.pk for c in step.choices.all() if c.is_correct}
        feedback = {
            "correct": set(answer_ids) == right,
            "chosen": chosen,
            "missed": [c for c in step.choices.all() if c.is_correct and c.pk not in answer_ids],
        }
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
            "progress": own,
            "previous": steps[index - 1] if index else None,
            "next": steps[index + 1] if index + 1 < len(steps) else None,
            "suggestions": suggestions,
            "chosen_ids": own.agreement,
        },
        status=400 if request.method == "POST" else 200,
    )


def _after(module, steps, index):
    if index + 1 < len(steps):
        return redirect(_step_url(module, steps[index + 1]))
    return redirect("modules:tips", slug=module.slug)


@require_safe
def tip_sheet(request, slug: str):
    module, steps = _module_with_steps(slug)
    progress = Progress(request.session)
    own = progress.of(module)
    if steps and not {s.key for s in steps} <= own.done:
        messages.info(request, _("Finish the module first; then your tip sheet is ready."))
        return redirect(_step_url(module, steps[own.reachable(steps)]))
    progress.finish(module)
    reflections = [
        (step, own.reflection(step.key))
        for step in steps
        if step.kind == Step.Kind.REFLECTION and own.reflection(step.key)
    ]
    return render(
        request,
        "modules/tip_sheet.html",
        {
            "module": module,
            "reflections": reflections,
            "agreement": own.agreement,
            "module_url": request.build_absolute_uri(module.get_absolute_url()),
        },
    )


@require_safe
def agreement(request, slug: str):
    module, _steps = _module_with_steps(slug)
    items = Progress(request.session).of(module).agreement
    return render(request, "modules/agreement.html", {"module": module, "items": items})


@require_POST
def create_code(request):
    code = Progress(request.session).create_code()
    messages.success(request, _("Your code is %(code)s. Write it down.") % {"code": code})
    return redirect("modules:list")


@require_http_methods(["GET", "HEAD", "POST"])
def resume(request):
    form = ResumeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if Progress(request.session).resume(form.cleaned_data["code"]):
            messages.success(request, _("Welcome back. You continue where you left off."))
            return redirect("modules:list")
        form.add_error(
            "code", _("We do not know this code, or it has expired. Check it, or start again.")
        )
    return render(
        request,
        "modules/resume.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )
