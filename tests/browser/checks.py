"""What the browser tests look for on every page: axe-core findings and policy refusals."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}


def watch_for_policy_violations(tab):
    """Chromium reports each Content-Security-Policy refusal on the console."""
    refusals = []

    def note(message):
        if "Content Security Policy" in message.text:
            refusals.append(f"{message.text} ({message.location.get('url')})")

    tab.on("console", note)
    return refusals


def blocking_violations(tab):
    results = Axe().run(tab)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
