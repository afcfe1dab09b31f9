from django import forms
from django.utils.translation import gettext_lazy as _


class ArticleFilterForm(forms.Form):
    """The filters of the advice list. GET only, so that every result has a shareable URL.

    The view passes the themes and age groups it already loaded, so that the
    form costs no queries of its own.
    """

    theme = forms.ChoiceField(
        label=_("Theme"),
        required=False,
        error_messages={
            "invalid_choice": _("We do not know this theme. Choose one from the list.")
        },
    )
    age = forms.ChoiceField(
        label=_("Age of your child"),
        required=False,
        error_messages={
            "invalid_choice": _("We do not know this age group. Choose one from the list.")
        },
    )

    def __init__(self, *args, themes, age_groups, **kwargs):
        super().__init__(*args, **kwargs)
        self._themes = {theme.slug: theme for theme in themes}
        self._age_groups = {group.slug: group for group in age_groups}
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.slug, theme.name) for theme in themes
        ]
        self.fields["age"].choices = [("", _("All ages"))] + [
            (group.slug, group.name) for group in age_groups
        ]

    def clean_theme(self):
        return self._themes.get(self.cleaned_data["theme"])

    def clean_age(self):
        return self._age_groups.get(self.cleaned_data["age"])


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the advice"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
