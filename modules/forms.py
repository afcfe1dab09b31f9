from django import forms
from django.utils.translation import gettext_lazy as _

from modules.models import (
    OLD_RESUME_CODE_LENGTH,
    RESUME_CODE_LENGTH,
    Step,
    normalise_code,
)
from modules.progress import MAX_REFLECTION_LENGTH, Agreement

# Bootstrap's class on each tick box and option button: with `.form-check` around it, it is
# big enough to tap on a phone and sits beside its label.
CHECK_INPUT = {"class": "form-check-input"}


class AnswerForm(forms.Form):
    """The answer to one quiz question. Only the choices of this question are valid."""

    def __init__(self, *args, step: Step, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        choices = [(str(choice.pk), choice.text) for choice in step.choices.all()]
        multiple = step.question_type == Step.QuestionType.MULTIPLE
        field_class = forms.MultipleChoiceField if multiple else forms.ChoiceField
        widget = forms.CheckboxSelectMultiple if multiple else forms.RadioSelect
        self.fields["answer"] = field_class(
            label=step.title,
            choices=choices,
            widget=widget(attrs=CHECK_INPUT),
            error_messages={
                "required": _("Choose an answer first."),
                "invalid_choice": _("Choose one of the answers shown."),
                "invalid_list": _("Choose one of the answers shown."),
            },
        )

    def chosen(self):
        value = self.cleaned_data["answer"]
        ids = {int(v) for v in (value if isinstance(value, list) else [value])}
        return [choice for choice in self.step.choices.all() if choice.pk in ids]


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        max_length=MAX_REFLECTION_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Only you see this: it goes on your own tip sheet."),
    )


OWN_AGREEMENTS = 3


class AgreementForm(forms.Form):
    """The family agreement builder, showing what the family chose and wrote before."""

    own_1 = forms.CharField(label=_("Our own agreement (1)"), max_length=200, required=False)
    own_2 = forms.CharField(label=_("Our own agreement (2)"), max_length=200, required=False)
    own_3 = forms.CharField(label=_("Our own agreement (3)"), max_length=200, required=False)

    def __init__(self, *args, suggestions, agreement: Agreement | None = None, **kwargs):
        agreement = (agreement or Agreement()).matched(suggestions)
        kwargs.setdefault(
            "initial",
            {
                "chosen": [str(pk) for pk in agreement.suggestion_ids],
                **{f"own_{n + 1}": text for n, text in enumerate(agreement.own[:OWN_AGREEMENTS])},
            },
        )
        super().__init__(*args, **kwargs)
        self.suggestions = suggestions
        self.fields["chosen"] = forms.MultipleChoiceField(
            label=_("Agreements we choose"),
            required=False,
            choices=[(str(s.pk), s.text) for s in suggestions],
            widget=forms.CheckboxSelectMultiple(attrs=CHECK_INPUT),
            error_messages={"invalid_choice": _("Choose from the agreements shown.")},
        )

    def agreement(self) -> Agreement:
        chosen = set(self.cleaned_data["chosen"])
        own = (self.cleaned_data[f"own_{n}"].strip() for n in range(1, OWN_AGREEMENTS + 1))
        return Agreement(
            tuple(s.pk for s in self.suggestions if str(s.pk) in chosen),
            tuple(text for text in own if text),
        )


class ResumeForm(forms.Form):
    code = forms.CharField(
        label=_("Your code"),
        max_length=30,
        help_text=_(
            "The code of 12 letters and digits you wrote down, for example ACDE-FGHJ-KMNP. "
            "Small letters, spaces and dashes do not matter."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if len(code) not in (RESUME_CODE_LENGTH, OLD_RESUME_CODE_LENGTH):
            raise forms.ValidationError(
                _("A code has %(length)d letters and digits. Check what you typed."),
                params={"length": RESUME_CODE_LENGTH},
            )
        return code


class DeleteCodeForm(ResumeForm):
    """The same code, to delete: its own label, so nobody (and no screen reader) confuses
    the two fields on the resume page."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "delete")
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("The code to delete")
