from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from django import forms
from django.conf import settings
from django.db.models import Case, CharField, F, Value, When
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from modules.models import Module
from trainings import geo
from trainings.models import BookingRequest, Language, Province, TrainingSession, Venue
from trainings.places import NAMES
from veiligonline.lib.forms import AccessibleFormMixin

_PHONE_NOISE = re.compile(r"[\s./()-]")
# Childcare is for children up to this age.
MAX_CHILDCARE_AGE = 12
EMAIL_INVALID = _("This does not look like an e-mail address. For example: name@example.be.")


def normalise_phone(raw: str) -> str:
    """'0470 12 34 56' and '+32 470/12.34.56' both become '+32470123456'."""
    phone = _PHONE_NOISE.sub("", raw or "")
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    elif phone.startswith("0"):
        phone = "+32" + phone[1:]
    return phone


# Belgian mobile numbers: +32 4xx with 45…49 (the 46x/47x/48x/49x and 45x ranges of
# the BIPT numbering plan). Every other +32 number is a landline or a service number
# and cannot receive a text message.
_BELGIAN_MOBILE = re.compile(r"\+324[5-9][0-9]{7}")


LANDLINE = _(
    "This looks like a landline number: it cannot receive text messages. "
    "Give a mobile number (it starts with 04, for example 0470 12 34 56) "
    "or an e-mail address."
)


def mobile_problem(phone: str) -> str | None:
    """Why a normalised number cannot receive our text messages, in plain words; None
    when it can (or is foreign: we cannot tell)."""
    if not phone.startswith("+32") or _BELGIAN_MOBILE.fullmatch(phone):
        return None
    if re.fullmatch(r"\+324[5-9][0-9]*", phone):
        # A mobile number with a digit too many or too few, not a landline.
        digits = len(phone) - 2  # "+32 470…" is "0470…" nationally
        return ngettext(
            "A mobile number has 10 digits, for example 0470 12 34 56. "
            "This one has %(count)d digit: check it.",
            "A mobile number has 10 digits, for example 0470 12 34 56. "
            "This one has %(count)d digits: check it.",
            digits,
        ) % {"count": digits}
    return str(LANDLINE)


# Zones with a one-digit area code: Brussels, Antwerp, Liège, Ghent ("09 123 45 67").
_ONE_DIGIT_ZONES = "2349"


def readable_phone(phone: str) -> str:
    """A stored number as people write it: '+3291234567' becomes '09 123 45 67', a mobile
    '0470 12 34 56', another zone '050 12 34 56'. A foreign number stays international."""
    if not re.fullmatch(r"\+32[0-9]{8,9}", phone or ""):
        return phone or ""
    national = "0" + phone[3:]
    if len(national) == 10:  # a mobile: 04xx xx xx xx
        head, rest = national[:4], national[4:]
    elif national[1] in _ONE_DIGIT_ZONES:
        head, rest = national[:2], national[2:]
        return f"{head} {rest[:3]} {rest[3:5]} {rest[5:]}"
    else:
        head, rest = national[:3], national[3:]
    return f"{head} {rest[:2]} {rest[2:4]} {rest[4:]}"


def checked_phone(raw: str, message) -> str:
    """A typed phone number in international form, or '' when none was typed."""
    if not raw.strip():
        return ""
    phone = normalise_phone(raw)
    if not re.fullmatch(r"\+[0-9]{8,15}", phone):  # ASCII digits only (¹ or ٤ are not)
        raise forms.ValidationError(message)
    return phone


# How parents read a session's audience. Coordinators plan by audience (the admin keeps
# "Socially disadvantaged parents", which counts towards the programme's targets), but no
# parent should have to call themselves disadvantaged to find a session: such sessions
# are described by what they offer.
PUBLIC_AUDIENCE = {
    TrainingSession.Audience.ALL: _("All parents"),
    TrainingSession.Audience.DISADVANTAGED: _("Small group, extra time and help"),
    TrainingSession.Audience.GRANDPARENTS: _("Grandparents"),
}
PUBLIC_AUDIENCE_DESCRIPTION = {
    TrainingSession.Audience.DISADVANTAGED: _(
        "A small group, with extra time for your questions. "
        "An interpreter is possible: say so when you register."
    ),
}


def public_audience(audience: str) -> str:
    return str(PUBLIC_AUDIENCE.get(audience, ""))


def public_audience_description(audience: str) -> str:
    return str(PUBLIC_AUDIENCE_DESCRIPTION.get(audience, ""))


class SessionFilterForm(AccessibleFormMixin, forms.Form):
    place = forms.CharField(label=_("Municipality or postcode"), max_length=80, required=False)
    province = forms.ChoiceField(
        label=_("Province"),
        required=False,
        choices=[("", _("All provinces")), *Province.choices],
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the session"),
        required=False,
        choices=[("", _("Dutch or French")), *Language.choices],
    )
    audience = forms.ChoiceField(
        label=_("For whom"),
        required=False,
        choices=[("", _("Everyone")), *PUBLIC_AUDIENCE.items()],
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    childcare = forms.BooleanField(label=_("Only with childcare"), required=False)

    def __init__(self, *args, modules: list[Module], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (module.slug, module.title) for module in modules
        ]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            self.add_error("date_to", _("The end date comes before the start date."))
        return data


# A phone keypad on a mobile; free text still, as people type spaces, dots and slashes.
TEL_INPUT = forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"})


class RegistrationForm(AccessibleFormMixin, forms.Form):
    # Autocomplete tokens let a browser or password manager fill in what it knows.
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        help_text=_("Your first name is enough."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        error_messages={"invalid": EMAIL_INVALID},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("An e-mail address or a mobile number: one of the two is enough."),
    )
    phone = forms.CharField(
        label=_("Mobile number"),
        required=False,
        max_length=20,
        widget=TEL_INPUT,
    )
    # Neither is "(optional)" on the page: one of the two is needed (clean() says so).
    email.either_or = phone.either_or = True
    adults = forms.IntegerField(
        label=_("How many adults come?"),
        min_value=1,
        max_value=10,
        initial=1,
        help_text=_("From 1 to 10. For a bigger group, ask for a training of your own."),
        error_messages={
            # A browser sends an empty value for "abc" typed in a number field.
            "required": _("Give a number from 1 to 10."),
            "min_value": _("Give a number from 1 to 10."),
            "max_value": _("Give a number from 1 to 10."),
            "invalid": _("Give a number from 1 to 10."),
        },
    )
    childcare_ages = forms.CharField(
        label=_("Children for the childcare: their ages"),
        required=False,
        max_length=100,
        help_text=_("For example: 3 and 6. Leave empty if you do not need childcare."),
    )
    needs = forms.CharField(
        label=_("Anything we should know?"),
        required=False,
        max_length=300,
        help_text=_("For example: a wheelchair, an interpreter."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent = forms.BooleanField(
        label=_("I agree that Veilig Online uses my details for this training."),
        help_text=_(
            "We use them to confirm your place and to remind you. "
            "After the training we send you a short survey. You answer it without your name. "
            "We delete your details at the latest 3 months after the training."
        ),
        error_messages={"required": _("We need your agreement to register you.")},
    )

    def __init__(self, *args, session: TrainingSession, **kwargs):
        super().__init__(*args, **kwargs)
        if not session.childcare:
            del self.fields["childcare_ages"]

    def clean_phone(self):
        phone = checked_phone(
            self.cleaned_data["phone"],
            _("This does not look like a phone number. For example: 0470 12 34 56."),
        )
        problem = mobile_problem(phone) if phone else None
        if problem:
            # We send the confirmation and the private link by text message.
            raise forms.ValidationError(problem, code="landline")
        return phone

    def clean_childcare_ages(self):
        """The children's ages as numbers ("3 and 6" becomes "3, 6"): the childcare team
        reads them, and the messages repeat them."""
        typed = self.cleaned_data["childcare_ages"].strip()
        if not typed:
            return ""
        ages = [int(age) for age in re.findall(r"[0-9]+", typed)]
        if not ages or len(ages) > 10 or any(age > MAX_CHILDCARE_AGE for age in ages):
            raise forms.ValidationError(
                _("Give the age of each child in numbers, from 0 to %(max)d. For example: 3 and 6.")
                % {"max": MAX_CHILDCARE_AGE},
                code="ages",
            )
        return ", ".join(str(age) for age in ages)

    def clean(self):
        data = super().clean()
        if (
            not data.get("email")
            and not data.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            raise forms.ValidationError(
                _("Give an e-mail address or a mobile number, so that we can confirm."),
                code="no_contact",
            )
        return data


PARENTS_RANGE = _("Give a number between 1 and 200.")


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def preferred_date_problem(when: datetime) -> str | None:
    """Why an organisation cannot have this preferred date and time, in plain words; or None.

    At least REQUEST_MIN_DAYS_AHEAD days ahead (a moderator must be found and the parents
    told), not on a Sunday, starting between REQUEST_EARLIEST_START and
    REQUEST_LATEST_START, in Brussels time whatever the server's clock.
    """
    now = timezone.now()
    local = timezone.localtime(when)
    earliest, latest = (
        _clock(settings.REQUEST_EARLIEST_START),
        _clock(settings.REQUEST_LATEST_START),
    )
    if when <= now:
        return _("Choose a date in the future.")
    days = settings.REQUEST_MIN_DAYS_AHEAD
    if local.date() < (timezone.localtime(now) + timedelta(days=days)).date():
        return ngettext(
            "Choose a date at least %(days)d day from today: we need that time "
            "to find a moderator.",
            "Choose a date at least %(days)d days from today: we need that time "
            "to find a moderator.",
            days,
        ) % {"days": days}
    if local.weekday() == 6:
        return _("We give no trainings on Sundays. Choose another day.")
    if not earliest <= local.time().replace(second=0, microsecond=0) <= latest:
        return _("Choose a start time between %(earliest)s and %(latest)s.") % {
            "earliest": earliest.strftime("%H:%M"),
            "latest": latest.strftime("%H:%M"),
        }
    return None


def postcode_problem(postcode: str, municipality: str) -> tuple[str, str] | None:
    """Whether the postcode and the municipality typed belong together: (field, words) or None.

    Either language counts ("Luik" or "Liège" with 4000), and so do the villages that
    make up a municipality ("Heverlee" with 3001), as far as the places list knows them.
    """
    place = geo.locate(postcode)
    if place is None:
        return "own_postcode", _("We do not know this postcode. Check it, please.")
    # With the name beside it, a postcode shared by several municipalities picks the one
    # that was meant ("1050 Ixelles"); then the name alone must lead to that same one.
    meant = geo.locate(f"{postcode} {municipality}") or place
    named = geo.locate(municipality) if not geo.POSTCODE.search(municipality) else None
    folded = geo.fold(municipality)
    if named is not None and named.name_nl == meant.name_nl:
        return None
    if folded in (geo.fold(meant.name_nl), geo.fold(meant.name_fr)):
        return None
    return "own_municipality", _(
        "Postcode %(postcode)s belongs to %(municipality)s. "
        "Check the postcode or the municipality, please."
    ) % {"postcode": postcode, "municipality": place.name}


def venues_by_shown_name():
    """Venues sorted as the list shows them: by the municipality's name in the page's
    language ("Gand" among the G's on a French page, "Luik" among the L's on a Dutch one)."""
    french = (get_language() or "nl").startswith("fr")
    shown = Case(
        *(
            When(municipality=fr if not french else nl, then=Value(nl if not french else fr))
            for nl, fr in NAMES
            if nl != fr
        ),
        default=F("municipality"),
        output_field=CharField(),
    )
    return Venue.objects.annotate(shown_place=Lower(shown)).order_by("shown_place", "name")


class BookingRequestForm(AccessibleFormMixin, forms.ModelForm):
    """An organisation's request for a training for its own group."""

    class Meta:
        model = BookingRequest
        fields = [
            "organisation_name",
            "organisation_kind",
            "works_with_vulnerable_groups",
            "contact_name",
            "contact_email",
            "contact_phone",
            "modules",
            "preferred_1",
            "preferred_2",
            "preferred_3",
            "venue",
            "own_address",
            "own_postcode",
            "own_municipality",
            "expected_parents",
            "language",
            "interpreter_language",
            "childcare_needed",
            "audience",
            "notes",
        ]
        widgets = {
            "modules": forms.CheckboxSelectMultiple,
            "preferred_1": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "preferred_2": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "preferred_3": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": TEL_INPUT,
        }
        labels = {
            "own_address": _("Street and number"),
            "own_postcode": _("Postcode"),
            "own_municipality": _("Municipality"),
            "modules": _("Themes"),
        }
        help_texts = {
            "works_with_vulnerable_groups": _(
                "For example families in poverty, newcomers, single parents. Then the training is free."
            ),
            "venue": _("Choose one of our venues, or give your own address below."),
            "own_address": _("Only when the training is at your own place."),
            "expected_parents": _("About how many parents will come?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["modules"].queryset = Module.objects.order_by("number")
        self.fields["modules"].label_from_instance = lambda module: module.title
        self.fields["modules"].error_messages["required"] = _("Choose at least one theme.")
        self.fields["contact_email"].error_messages["invalid"] = EMAIL_INVALID
        self.fields["venue"].required = False
        self.fields["venue"].queryset = venues_by_shown_name()
        self.fields["venue"].label_from_instance = lambda venue: f"{venue.place}, {venue.name}"
        self.fields["venue"].empty_label = _("At our own address")
        # "-1", "abc" or nothing: the form's own words, not Django's generic ones.
        for code in ("required", "invalid", "min_value", "max_value"):
            self.fields["expected_parents"].error_messages[code] = PARENTS_RANGE
        for name in ("organisation_kind", "language"):
            choices = [c for c in self.fields[name].choices if c[0] != ""]
            self.fields[name].choices = [("", _("Choose…")), *choices]
        interpreters = [c for c in self.fields["interpreter_language"].choices if c[0] != ""]
        self.fields["interpreter_language"].choices = [
            ("", _("No interpreter needed")),
            *interpreters,
        ]
        for name in ("preferred_1", "preferred_2", "preferred_3"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]

    def clean_contact_phone(self):
        return checked_phone(
            self.cleaned_data["contact_phone"],
            _("This does not look like a phone number. For example: 09 123 45 67."),
        )

    def clean_expected_parents(self):
        value = self.cleaned_data["expected_parents"]
        if not 1 <= value <= 200:
            raise forms.ValidationError(PARENTS_RANGE)
        return value

    def clean(self):
        data = super().clean()
        for name in ("preferred_1", "preferred_2", "preferred_3"):
            when = data.get(name)
            if when:
                problem = preferred_date_problem(when)
                if problem:
                    self.add_error(name, problem)
        if not data.get("venue"):
            for name in ("own_address", "own_postcode", "own_municipality"):
                if not data.get(name):
                    self.add_error(name, _("Give your address, or choose one of our venues."))
        postcode = data.get("own_postcode")
        if postcode and not re.fullmatch(r"[1-9]\d{3}", postcode, re.ASCII):
            self.add_error("own_postcode", _("A Belgian postcode has 4 digits."))
        elif postcode and data.get("own_municipality") and not data.get("venue"):
            problem = postcode_problem(postcode, data["own_municipality"])
            if problem:
                self.add_error(*problem)
        return data


class LostLinkForm(AccessibleFormMixin, forms.Form):
    """'I lost my link': the e-mail address or mobile number used to register."""

    contact = forms.CharField(
        label=_("Your e-mail address or mobile number"),
        max_length=254,
        help_text=_("The one you used to register. For example: name@example.be or 0470 12 34 56."),
        error_messages={"required": _("Give the e-mail address or mobile number you used.")},
        # Text, not "email" (a phone number must pass) nor "tel" (its keypad has no "@");
        # most register with an e-mail address, so the browser offers those.
        widget=forms.TextInput(attrs={"type": "text", "autocomplete": "email"}),
    )

    def clean_contact(self):
        raw = self.cleaned_data["contact"].strip()
        if "@" in raw:
            field = forms.EmailField(error_messages={"invalid": EMAIL_INVALID})
            return field.clean(raw).lower()
        phone = checked_phone(
            raw,
            _(
                "This does not look like an e-mail address or a phone number. "
                "For example: name@example.be or 0470 12 34 56."
            ),
        )
        problem = mobile_problem(phone)
        if problem:
            # A landline never registered: we send links by text message only.
            raise forms.ValidationError(problem)
        return phone
