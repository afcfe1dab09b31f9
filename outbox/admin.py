"""The outbox for coordinators: what was sent, to whom, what failed, and send it again."""

from __future__ import annotations

import re

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from outbox import kinds, services
from outbox.models import Message
from outbox.rendering import render


def international_number(typed: str) -> str:
    """'0470 12 34 56', '0470/12.34.56', '0032 470…' → '+32470123456'; '' when not a number."""
    digits = re.sub(r"[\s./()-]", "", typed or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+32" + digits[1:]
    # ASCII digits only: str.isdigit() also accepts superscripts and other scripts' digits.
    return digits if re.fullmatch(r"\+[0-9]{4,15}", digits) else ""


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return kinds.choices()

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(kind=self.value())
        return queryset


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """Read-only: a message is a record. The one thing to do is send one again."""

    list_display = [
        "created_at",
        "kind_label",
        "channel",
        "address",
        "status",
        "attempts",
        "sent_at",
    ]
    list_filter = [KindFilter, "channel", "status", "created_at"]
    search_fields = ["address", "=topic"]

    def get_search_results(self, request, queryset, search_term):
        """A number typed as people say it ("0470 12 34 56") finds the SMS sent to it.

        SMS addresses are stored in international form (+32470123456): the typed number
        is searched in that form too.
        """
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        number = international_number(search_term)
        if number and number != search_term:
            results |= queryset.filter(address__startswith=number)
        return results, may_have_duplicates

    date_hierarchy = "created_at"
    actions = ["send_again"]
    readonly_fields = [
        "kind_label",
        "channel",
        "address",
        "language",
        "status",
        "attempts",
        "resends",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
        "topic",
        "dedupe_key",
        "text",
    ]
    fields = readonly_fields
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Change permission is what the "send again" action needs; every field is
        # read-only, so the page offers nothing to save.
        extra_context = (extra_context or {}) | {
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("kind"), ordering="kind")
    def kind_label(self, obj):
        return obj.kind_label

    @admin.display(description=_("text"))
    def text(self, obj):
        if obj.sent_text:
            subject = obj.sent_subject
            body = obj.sent_text
        else:
            try:
                rendered = render(obj, preview=True)  # makes no working link
            except Exception as error:  # noqa: BLE001 - a broken template must not break the page
                return format_html(
                    "<em>{}</em> {}: {}",
                    _("This message cannot be shown."),
                    type(error).__name__,
                    error,
                )
            if rendered is None:
                return _("No longer relevant: this message will not be sent.")
            subject, body = rendered.subject, rendered.text
        return format_html(
            '<strong>{}</strong><pre style="white-space: pre-wrap">{}</pre>', subject, body
        )

    @admin.action(description=_("Send again"), permissions=["change"])
    def send_again(self, request, queryset):
        rows = list(queryset.only("pk", "kind"))
        count = services.send_again(queryset)
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=rows,
            action_flag=CHANGE,
            change_message=str(_("Queued to send again")),
        )
        self.message_user(
            request,
            ngettext("%d message queued to send again.", "%d messages queued to send again.", count)
            % count,
            messages.SUCCESS,
        )
