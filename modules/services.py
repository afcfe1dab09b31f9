"""Publishing a new version of a module.

Trainers are certified per version, so the version is raised only when what parents see
changed since the last publication. What they see is summed up in a fingerprint: a hash of
the module's texts, its active steps in their order, and the steps' answers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.db import transaction

from modules.models import Module
from veiligonline.lib import pagecache

# Fields that do not change what parents see. Positions count through the order of the
# steps and answers themselves, not through the `order` numbers.
_NOT_CONTENT = {
    "id",
    "module",
    "step",
    "order",
    "is_active",
    "status",
    "version",
    "published_fingerprint",
}


def _content(obj) -> dict:
    return {
        field.attname: getattr(obj, field.attname)
        for field in obj._meta.concrete_fields
        if field.name not in _NOT_CONTENT
    }


def content_fingerprint(module) -> str:
    """A hash of everything parents see of a module.

    It takes the model's fields as they are, so it works on the historical models of a
    migration too; a field added later changes every fingerprint once.
    """
    steps = module.steps.filter(is_active=True).order_by("order", "id").prefetch_related("choices")
    content = {
        "module": _content(module),
        "steps": [
            {
                **_content(step),
                "choices": [
                    _content(choice)
                    for choice in sorted(step.choices.all(), key=lambda c: (c.order, c.id))
                ],
            }
            for step in steps
        ],
    }
    encoded = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


@dataclass
class Publication:
    """What publishing would do to one module."""

    module: Module
    fingerprint: str

    @property
    def unchanged(self) -> bool:
        return self.fingerprint == self.module.published_fingerprint

    @property
    def first(self) -> bool:
        # Never published: a new module is published as its version 1. A published module
        # without a fingerprint predates fingerprints: its content counts as changed.
        return (
            not self.module.published_fingerprint
            and self.module.status == Module.Status.DRAFT
            and self.module.version == 1
        )

    @property
    def nothing_to_do(self) -> bool:
        return self.unchanged and self.module.status == Module.Status.PUBLISHED

    @property
    def new_version(self) -> int:
        if self.unchanged or self.first:
            return self.module.version
        return self.module.version + 1


def plan_publication(modules) -> list[Publication]:
    return [Publication(module, content_fingerprint(module)) for module in modules]


def publish(*, module_ids: list[int]) -> list[Publication]:
    """Publish the modules; raise the version of those whose content changed.

    Returns what was done, unchanged published modules included (they are left alone).
    """
    with transaction.atomic():
        # Locked, so two coordinators publishing at once raise a version only once.
        modules = list(Module.objects.select_for_update().filter(pk__in=module_ids).order_by("pk"))
        plans = plan_publication(modules)
        for plan in plans:
            if plan.nothing_to_do:
                continue
            Module.objects.filter(pk=plan.module.pk).update(
                status=Module.Status.PUBLISHED,
                version=plan.new_version,
                published_fingerprint=plan.fingerprint,
            )
        # update() sends no signal: the cached public pages are told here.
        pagecache.bump_after_commit("content", "trainings")
    return plans
