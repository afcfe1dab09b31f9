"""axe-core (shipped inside the axe-playwright-python package) run on a Playwright page."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def violations(page) -> list[str]:
    """Human-readable axe violations of the WCAG 2.0/2.1/2.2 A and AA rules on the page, and
    whether it scrolls sideways (WCAG 1.4.10 reflow: a 360-pixel phone reads without it)."""
    # A click that submits a form returns once the next page starts; judge it when it has loaded,
    # its stylesheet included.
    page.wait_for_load_state("load")
    result = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    found = []
    for violation in result.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
        why = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")
        found.append(f"{page.url}: {violation['id']} ({violation['help']}) at {targets}: {why}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        width = page.evaluate("window.innerWidth")
        found.append(f"{page.url}: scrolls sideways by {overflow} px at {width} px")
    return found
