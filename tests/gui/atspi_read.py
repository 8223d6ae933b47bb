#!/usr/bin/python3
"""Reads the running wizard through AT-SPI, as a screen reader such as Orca
does, and drives it by keyboard from page to page.

    atspi_read.py --pid PID --window XID [--dump]

Started by tests/gui/atspi.sh, which provides the X display, the session bus,
the accessibility bus (with org.a11y.Status.IsEnabled set) and the app. Runs
with the system python3 because pyatspi is a Debian package
(python3-pyatspi), not a PyPI one.

For every page it reaches it prints the controls (role and accessible name)
and checks them against PAGES below; --dump prints each page's whole tree
instead and checks nothing. Exit status: 0 all expectations met, 1 some were
not (each is listed at the end), 2 the tree could not be read or driven.
"""

import argparse
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402
import pyatspi  # noqa: E402

P = re.compile  # a name given as P(...) is a regular expression (full match)

# ---------------------------------------------------------------------------
# Expectations. Role names are AT-SPI's, as Orca speaks them
# (Atspi.role_get_name): "push button", "toggle button", "check box",
# "radio button", "link", "entry", "heading", "label", "notification", ...
# A name is an exact string or P("regex").
# ---------------------------------------------------------------------------

# What the window itself (the AT-SPI frame) must be called.
WINDOW_NAME = "Mail Setup"

# Roles a keyboard user lands on or operates: each must have a non-empty
# name, and on one page no two of them may share role and name (a screen
# reader user hearing "Details, toggle button" eleven times cannot tell them
# apart).
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "link",
    "entry", "password text", "text", "combo box", "spin button", "slider",
}

# How a failure may be announced: accesskit maps Role::Alert to
# "notification" and Role::AlertDialog to "alert"; a live region
# (accesskit Live::Polite/Assertive) is not an attribute in
# accesskit_atspi_common 0.21 but an "object:announcement" event, which this
# script listens for. The attribute names are there for other toolkits'
# live regions and for a future accesskit that exposes them.
ANNOUNCING_ROLES = {"alert", "notification"}
LIVE_ATTRIBUTES = ("live", "container-live")

# The controls every page shares (the bottom row).
FRAME_BUTTONS = [("push button", "Back"), ("push button", "Cancel"), ("push button", P("Next|Close"))]

# The wizard's pages, in the order the sandbox offers them. A page is
# recognised by its heading (the AT-SPI "heading" whose name matches
# `heading`); `ready` must also be present before the page is read (work on
# it has finished); `expect` must be present; `leave` is how the keyboard
# user moves on: ("press", role, name) Tabs to that control and presses
# Return, ("wait", role, name) waits for it to appear. `optional` pages may
# be skipped by the app (the accounts list exists only once the practice
# profile does); `bad_input` types an invalid value into that field, presses
# Return, and requires the error to be announced and, with `tied_to_field`,
# to be the field's description (accesskit_atspi_common 0.21 exposes no
# error-message or described-by relation, so the description is how Orca
# hears it on the field). `views` are switches (role, name) that show more
# of the page: where present, each is turned on by keyboard (Tab, Space),
# the page is checked again, and it is turned off again.
PAGES = [
    {
        "key": "accounts",
        "heading": P("Your (mail )?accounts?.*"),
        "optional": True,
        "expect": [
            ("push button", P("Fix .*@.*")),
            ("link", P("Add a shared mailbox you open with .*@.*")),
            ("push button", "Add another account"),
        ],
        "leave": [("press", "push button", "Add another account")],
    },
    {
        "key": "address",
        "heading": "Your e-mail address",
        # The sandbox runs in the background; its check box shows once it is up.
        "ready": ("check box", P("Approve the sign-in automatically.*")),
        "expect": [
            ("entry", "E-mail address"),
            ("entry", "Your name"),
            ("check box", "This is a shared mailbox I can open"),
            ("check box", P("Approve the sign-in automatically.*")),
            ("link", "Leave the sandbox"),
            *FRAME_BUTTONS,
        ],
        "bad_input": {"field": ("entry", "E-mail address"), "text": "not-an-address", "tied_to_field": True},
        "leave": [("press", "entry", "E-mail address")],  # Enter in the address field is Next
    },
    {
        "key": "sign-in",
        # "Sign in with your provider" today; the plain-words redesign says
        # "Sign in" or "Sign in with Microsoft".
        "heading": P("Sign in( with .+)?"),
        "ready": ("push button", P("Sign in with browser|Sign in again")),
        "expect": [
            ("push button", "Sign in with browser"),
            *FRAME_BUTTONS,
        ],
        "leave": [("press", "push button", "Sign in with browser")],  # the sandbox approves, then the checks start
    },
    {
        "key": "checks",
        "heading": P("Checking your mail( servers)?"),
        # Shown once the checks have finished.
        "ready": ("push button", "Run the checks again"),
        "expect": [
            # Today's words, then the redesign's.
            ("label", P("All checks passed.*|Your mail works.*")),
            ("push button", "Run the checks again"),
            ("push button", "Send one test message to yourself"),
            *FRAME_BUTTONS,
        ],
        # The redesign folds the steps (and their "Details") behind this.
        "views": [("check box", "Technical details")],
        "leave": [("press", "push button", "Next")],
    },
    {
        "key": "thunderbird",
        "heading": "Thunderbird",
        "expect": [
            ("push button", "Write to Thunderbird"),
            ("push button", "Skip"),
            # No "Keep Thunderbird signed in" check box here: the sandbox's
            # sign-in cannot be handed to Thunderbird, and the page says so.
            *FRAME_BUTTONS,
        ],
        "leave": [
            ("press", "push button", "Write to Thunderbird"),
            ("wait", "label", P("The account .*")),
            ("press", "push button", "Next"),
        ],
    },
    {
        "key": "done",
        # "Done" today; the redesign names the outcome.
        "heading": P("Done.*|Your mail works again|Your mail is set up|Not finished"),
        "expect": [
            ("label", P("Receiving and sending mail work for .*")),
            ("push button", "Copy report"),
            ("push button", "Open Thunderbird"),
            ("push button", "Close"),
        ],
        "leave": [],  # the last page
    },
]

# In another language (--lang), each expected name becomes that language's
# wording of the same message: literal names by their English text, and
# each pattern from the messages it stands for (a placeable matches
# anything). What the English patterns stand for:
PATTERN_MESSAGES = {
    "Your (mail )?accounts?.*": ["accounts-heading"],
    "Fix .*@.*": ["accounts-fix-name"],
    "Add a shared mailbox you open with .*@.*": ["accounts-add-shared-name"],
    "Next|Close": ["nav-next", "nav-close"],
    "Approve the sign-in automatically.*": ["sandbox-approve-automatically"],
    "Sign in( with .+)?": ["sign-in-heading", "sign-in-heading-plain"],
    "Sign in with browser|Sign in again": ["sign-in-with-browser", "sign-in-again"],
    "Checking your mail( servers)?": ["checks-heading"],
    "All checks passed.*|Your mail works.*": ["checks-passed", "checks-passed-switching"],
    "The account .*": ["thunderbird-changed-added", "thunderbird-changed-switched", "thunderbird-changed-already-present"],
    "Done.*|Your mail works again|Your mail is set up|Not finished": ["done-heading", "done-heading-fixed", "done-heading-set-up", "done-heading-problem", "done-heading-not-finished"],
    "Receiving and sending mail work for .*": ["done-works"],
}


def read_messages(tag):
    """The one-line messages of a language: id -> text (selectors skipped)."""
    import pathlib
    folder = pathlib.Path(__file__).resolve().parent.parent.parent / "assets" / "locales" / tag
    messages = {}
    for file in sorted(folder.glob("*.ftl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^([a-z][a-z0-9-]*) = (.+)$", line)
            if match and "->" not in match.group(2):
                messages[match.group(1)] = match.group(2)
    return messages


def as_pattern(text):
    """A message's text as a regular expression: placeables match anything."""
    parts = re.split(r"\{[^}]*\}", text)
    return ".*".join(re.escape(part) for part in parts)


def translate_expectations(tag):
    """Rewrites PAGES and FRAME_BUTTONS into language `tag`; returns the
    English texts that language words differently (none may be on screen)."""
    english, words = read_messages("en"), read_messages(tag)
    # One English text may be two messages worded apart in another language
    # (a button's "send … to yourself" and the step's title): either will do.
    by_english = {}
    for key, text in english.items():
        if key in words and "{" not in text:
            by_english.setdefault(text, set()).add(words[key])
    english_only = {text for key, text in english.items() if key in words and words[key] != text and "{" not in text and len(text) > 3}

    def name(value):
        if isinstance(value, re.Pattern):
            keys = PATTERN_MESSAGES.get(value.pattern)
            if keys is None:
                raise SystemExit(f"atspi_read.py: no messages known for the pattern {value.pattern!r}")
            # An English pattern open at its end also takes what follows
            # the message in the same label (a second sentence).
            tail = ".*" if value.pattern.endswith(".*") else ""
            return P("|".join(f"(?:{as_pattern(words[key])}){tail}" for key in keys if key in words))
        translations = sorted(by_english.get(value, {value}))
        if len(translations) == 1:
            return translations[0]
        return P("|".join(re.escape(text) for text in translations))

    def item(entry):
        return tuple(name(part) if index == len(entry) - 1 else part for index, part in enumerate(entry))

    for page in PAGES:
        for field in ("heading",):
            page[field] = name(page[field])
        if "ready" in page:
            page["ready"] = item(page["ready"])
        page["expect"] = [item(entry) for entry in page["expect"]]
        page["leave"] = [item(entry) for entry in page["leave"]]
        page["views"] = [item(entry) for entry in page.get("views", [])]
        if "bad_input" in page:
            page["bad_input"]["field"] = item(page["bad_input"]["field"])
    return english_only


# How long a page may take to appear, and work on it to finish (the sandbox
# signs in and runs both checks in a few seconds; this is slack for a busy
# CI machine).
PAGE_TIMEOUT = 45.0
# Tab presses tried before a control counts as unreachable by keyboard.
MAX_TABS = 40

# ---------------------------------------------------------------------------


def matches(pattern, text):
    if isinstance(pattern, re.Pattern):
        return pattern.fullmatch(text or "") is not None
    return (text or "") == pattern


def show(pattern):
    return f"/{pattern.pattern}/" if isinstance(pattern, re.Pattern) else repr(pattern)


def pump(seconds):
    """Lets events (announcements) arrive while time passes."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(0.05, left))


class Node:
    """One accessible as read at one moment: the D-Bus object may go away
    when the page changes, so everything needed later is copied."""

    def __init__(self, obj, depth, parent):
        self.obj = obj
        self.depth = depth
        self.parent = parent
        self.role = safe(lambda: obj.getRoleName(), "?")
        self.name = safe(lambda: obj.name, "") or ""
        self.description = safe(lambda: obj.description, "") or ""
        states = safe(lambda: obj.getState().getStates(), []) or []
        self.states = {Atspi.StateType(state).value_nick for state in states}
        attributes = safe(lambda: obj.get_attributes(), {}) or {}
        self.attributes = dict(attributes)
        self.text = None
        if self.role in ("entry", "password text", "text"):
            self.text = safe(lambda: obj.queryText().getText(0, -1), None)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def line(self):
        parts = [f"{'  ' * self.depth}{self.role}", repr(self.name)]
        if self.text is not None:
            parts.append(f"text={self.text!r}")
        if self.description:
            parts.append(f"description={self.description!r}")
        interesting = sorted(self.states & {"focused", "focusable", "checked", "pressed", "expanded", "collapsed", "editable"})
        if "enabled" not in self.states and self.role in CONTROL_ROLES:
            interesting.append("DISABLED")
        if interesting:
            parts.append("[" + " ".join(interesting) + "]")
        if self.attributes:
            parts.append("{" + ", ".join(f"{k}={v}" for k, v in sorted(self.attributes.items())) + "}")
        return " ".join(parts)


def safe(read, default):
    try:
        return read()
    except GLib.Error:
        return default
    except Exception:  # a node that vanished mid-read raises various errors
        return default


def walk(obj, depth=0, parent=None, out=None):
    out = [] if out is None else out
    node = Node(obj, depth, parent)
    out.append(node)
    count = safe(lambda: obj.childCount, 0) or 0
    for index in range(count):
        child = safe(lambda: obj.getChildAtIndex(index), None)
        if child is not None and depth < 60:
            walk(child, depth + 1, node, out)
    return out


class Wizard:
    def __init__(self, pid, window):
        self.pid = pid
        self.window = window
        self.app = None
        self.announcements = []  # (politeness, text)

    # --- finding the app and reading it ---

    def find_app(self, timeout):
        end = time.monotonic() + timeout
        seen = []
        while time.monotonic() < end:
            desktop = pyatspi.Registry.getDesktop(0)
            seen = []
            for index in range(safe(lambda: desktop.childCount, 0) or 0):
                app = safe(lambda: desktop.getChildAtIndex(index), None)
                if app is None:
                    continue
                pid = safe(lambda: app.get_process_id(), None)
                seen.append(f"{safe(lambda: app.name, '?')!r} (pid {pid})")
                if pid == self.pid:
                    # Read the app afresh every time: libatspi's cache is
                    # only kept current by events this script does not
                    # subscribe to.
                    safe(lambda: app.set_cache_mask(Atspi.Cache.NONE), None)
                    self.app = app
                    return app
            pump(0.3)
        raise SystemExit(
            f"atspi_read.py: the app (pid {self.pid}) did not appear on the AT-SPI registry within {timeout:.0f} s; "
            f"registered: {', '.join(seen) or 'nothing'}. Is org.a11y.Status.IsEnabled true before the app starts?"
        )

    def read(self):
        safe(lambda: self.app.clear_cache(), None)
        return walk(self.app)

    def frames(self, nodes):
        return [node for node in nodes if node.depth == 1]

    def heading(self, nodes):
        return [node.name for node in nodes if node.role == "heading"]

    def focused(self, nodes):
        found = [node for node in nodes if "focused" in node.states and node.depth > 1]
        return found[-1] if found else None

    def wait_for(self, condition, timeout, what):
        end = time.monotonic() + timeout
        while True:
            nodes = self.read()
            if condition(nodes):
                return nodes
            if time.monotonic() > end:
                raise Stuck(f"waited {timeout:.0f} s for {what}", nodes)
            pump(0.3)

    # --- the keyboard, through xdotool as a user's keys ---

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--window", self.window, "--clearmodifiers", *keys], check=True)
        pump(0.25)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--window", self.window, "--clearmodifiers", "--delay", "30", text], check=True)
        pump(0.25)

    def tab_to(self, role, name):
        """Tabs until the control has focus; returns the names passed on the way."""
        visited = []
        for _ in range(MAX_TABS + 1):
            nodes = self.read()
            focus = self.focused(nodes)
            if focus is not None and focus.role == role and matches(name, focus.name):
                return visited
            visited.append(f"{focus.role} {focus.name!r}" if focus else "(nothing focused)")
            self.key("Tab")
        raise Stuck(f"{MAX_TABS} Tab presses never focused {role} {show(name)}; focus went: {' → '.join(visited)}", self.read())

    def on_announcement(self, event):
        self.announcements.append((event.detail1, str(event.any_data)))


class Stuck(Exception):
    def __init__(self, message, nodes):
        super().__init__(message)
        self.nodes = nodes


def page_of(nodes, pages):
    headings = [node.name for node in nodes if node.role == "heading"]
    for page in pages:
        if any(matches(page["heading"], heading) for heading in headings):
            return page
    return None


def find(nodes, role, name):
    return [node for node in nodes if node.role == role and matches(name, node.name)]


def controls_ui(nodes):
    """The page as a list of what a Tab and arrow-key user meets."""
    lines = []
    for node in nodes:
        if node.role in CONTROL_ROLES or node.role in ("heading", "frame") or node.role in ANNOUNCING_ROLES:
            extra = f" text={node.text!r}" if node.text is not None else ""
            state = " (disabled)" if node.role in CONTROL_ROLES and "enabled" not in node.states else ""
            lines.append(f"    {node.role:14} {node.name!r}{extra}{state}")
    return lines


def check_page(page, nodes, failures):
    key = page["key"]
    for role, name in page["expect"]:
        if not find(nodes, role, name):
            near = sorted({f"{n.role} {n.name!r}" for n in nodes if matches(name, n.name) or (n.role == role and n.role != "label")})
            hint = f" (there is: {', '.join(near)})" if near else ""
            failures.append(f"page {key}: missing {role} {show(name)}{hint}")
    nameless = [node for node in nodes if node.role in CONTROL_ROLES and not node.name.strip()]
    for node in nameless:
        where = next((a.name for a in node.ancestors() if a.name and a.depth > 1), "")
        failures.append(f"page {key}: a {node.role} has no accessible name" + (f" (inside {where!r})" if where else ""))
    counts = {}
    for node in nodes:
        if node.role in CONTROL_ROLES and node.name.strip():
            counts[(node.role, node.name)] = counts.get((node.role, node.name), 0) + 1
    for (role, name), count in sorted(counts.items()):
        if count > 1:
            failures.append(
                f"page {key}: {count} × {role} {name!r}: controls that repeat must say what each belongs to "
                f"(the step, protocol or account it acts on)"
            )


def check_window(nodes, failures):
    frames = [node for node in nodes if node.depth == 1]
    names = [f"{node.role} {node.name!r}" for node in frames]
    if not any(node.role == "frame" and node.name == WINDOW_NAME for node in frames):
        failures.append(f"window: no frame named {WINDOW_NAME!r} (the app's top-level accessibles: {', '.join(names) or 'none'})")


def announced(wizard, before, nodes, announcements_before):
    """What appeared after the bad input, and whether it was announced."""
    old = {(node.role, node.name) for node in before}
    new = [node for node in nodes if (node.role, node.name) not in old and node.name.strip() and node.role not in CONTROL_ROLES]
    by_role = [
        node for node in new
        if node.role in ANNOUNCING_ROLES or any(a.role in ANNOUNCING_ROLES for a in node.ancestors())
    ]
    by_attribute = [
        node for node in new
        if any(node.attributes.get(attr) in ("polite", "assertive") for attr in LIVE_ATTRIBUTES)
        or any(any(a.attributes.get(attr) in ("polite", "assertive") for attr in LIVE_ATTRIBUTES) for a in node.ancestors())
    ]
    events = wizard.announcements[announcements_before:]
    return new, by_role, by_attribute, events


def focus_words(wizard, nodes):
    focus = wizard.focused(nodes)
    if focus is not None:
        return f"{focus.role} {focus.name!r}"
    frame = [node for node in nodes if node.depth == 1 and "focused" in node.states]
    return "the window itself (no control)" if frame else "nothing"


def bad_input_check(wizard, page, failures, dump):
    probe = page["bad_input"]
    role, name = probe["field"]
    key = page["key"]
    visited = wizard.tab_to(role, name)
    if visited:
        print(f"  Tab order to {role} {name!r}: {' → '.join(visited)}")
    before = wizard.read()
    field = find(before, role, name)
    original = field[0].text if field and field[0].text is not None else ""
    announcements_before = len(wizard.announcements)
    wizard.key("ctrl+a")
    wizard.type(probe["text"])
    wizard.key("Return")
    pump(1.0)
    after = wizard.read()
    new, by_role, by_attribute, events = announced(wizard, before, after, announcements_before)
    print(f"\n  after typing {probe['text']!r} and Enter on page {key}:")
    for node in new:
        print(f"    new: {node.role} {node.name!r}" + (f" {node.attributes}" if node.attributes else ""))
    for politeness, text in events:
        print(f"    announcement (politeness {politeness}: 1 polite, 2 assertive): {text!r}")
    print(f"    focus is now on: {focus_words(wizard, after)}")
    if dump:
        print("\n".join("  " + node.line() for node in after))
    if not new:
        failures.append(f"page {key}: after {probe['text']!r} and Enter no error text appeared in the tree")
    elif not (by_role or by_attribute or events):
        texts = ", ".join(f"{node.role} {node.name!r}" for node in new)
        failures.append(
            f"page {key}: the error is not announced: {texts} appeared, but with no role {'/'.join(sorted(ANNOUNCING_ROLES))} "
            f"(on it or an ancestor), no {'/'.join(LIVE_ATTRIBUTES)} attribute and no object:announcement event"
        )
    focus = wizard.focused(after)
    if focus is None or focus.role != role or not matches(name, focus.name):
        failures.append(f"page {key}: after Enter on {probe['text']!r} focus left the field: it is on {focus_words(wizard, after)}")
    if probe.get("tied_to_field") and new:
        field = find(after, role, name)
        said = f"{field[0].name} {field[0].description}" if field else ""
        if not any(node.name in said for node in new):
            failures.append(
                f"page {key}: the error is not tied to {role} {show(name)}: its description is "
                f"{(field[0].description if field else '')!r}, not the error text"
            )

    # Put the original address back for the rest of the walk.
    visited = wizard.tab_to(role, name)
    if visited:
        print(f"  Tab order back to {role} {name!r}: {' → '.join(visited)}")
    wizard.key("ctrl+a")
    wizard.type(original)
    pump(0.5)


def other_view(wizard, page, role, name, failures, dump):
    """The page again with a switch such as "Technical details" on."""
    wizard.tab_to(role, name)
    wizard.key("space")
    pump(0.5)
    nodes = wizard.read()
    view = dict(page, key=f"{page['key']} + {name}")
    print(f"\n== page {view['key']}")
    print("\n".join("  " + node.line() for node in nodes) if dump else "\n".join(controls_ui(nodes)))
    check_page(view, nodes, failures)
    wizard.tab_to(role, name)
    wizard.key("space")
    pump(0.3)


def leave(wizard, page, nodes):
    for action in page["leave"]:
        kind, role, name = action
        if kind == "press":
            visited = wizard.tab_to(role, name)
            if visited:
                print(f"  Tab order to {role} {name!r}: {' → '.join(visited)}")
            print(f"  pressing Return on {role} {name!r}")
            wizard.key("Return")
        elif kind == "wait":
            wizard.wait_for(lambda ns: find(ns, role, name), PAGE_TIMEOUT, f"{role} {show(name)} on page {page['key']}")
        else:
            raise ValueError(f"unknown action {kind!r}")


def run(wizard, dump, english_only=frozenset()):
    failures = []
    wizard.find_app(60)
    app_name = safe(lambda: wizard.app.name, "")
    print(f"AT-SPI: application {app_name!r} (pid {wizard.pid}) is on the registry")
    pyatspi.Registry.registerEventListener(wizard.on_announcement, "object:announcement")

    remaining = list(PAGES)
    previous = None
    nodes = wizard.wait_for(lambda ns: page_of(ns, remaining) is not None, PAGE_TIMEOUT, "the first page's heading")
    check_window(nodes, failures)
    print("top level: " + ", ".join(f"{n.role} {n.name!r}" for n in wizard.frames(nodes)))
    while remaining:
        nodes = wizard.wait_for(
            lambda ns: page_of(ns, remaining) is not None and page_of(ns, remaining) is not previous,
            PAGE_TIMEOUT,
            f"the page after {previous['key'] if previous else 'start'} (one of: {', '.join(p['key'] for p in remaining)})",
        )
        page = page_of(nodes, remaining)
        skipped = remaining[: remaining.index(page)]
        for gone in skipped:
            if not gone.get("optional"):
                failures.append(f"page {gone['key']}: never shown (went straight to {page['key']})")
            else:
                print(f"\n(page {gone['key']} is not there: optional, skipped)")
        remaining = remaining[remaining.index(page) + 1:]
        if "ready" in page:
            role, name = page["ready"]
            nodes = wizard.wait_for(lambda ns: find(ns, role, name), PAGE_TIMEOUT, f"{role} {show(name)} on page {page['key']}")
        pump(0.5)  # one more frame: the last widgets of the page
        nodes = wizard.read()
        print(f"\n== page {page['key']} (heading {', '.join(repr(h) for h in wizard.heading(nodes))})")
        if dump:
            print("\n".join("  " + node.line() for node in nodes))
        else:
            print("\n".join(controls_ui(nodes)))
        print(f"  focus: {focus_words(wizard, nodes)}")
        check_page(page, nodes, failures)
        for node in nodes:
            if node.name in english_only:
                failures.append(f"page {page['key']}: a {node.role} says {node.name!r} in English")
        for role, name in page.get("views", []):
            if find(nodes, role, name):
                other_view(wizard, page, role, name, failures, dump)
        if "bad_input" in page:
            bad_input_check(wizard, page, failures, dump)
        leave(wizard, page, nodes)
        previous = page
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pid", type=int, required=True, help="the app's process id (finds it on the registry)")
    parser.add_argument("--window", required=True, help="the X window id xdotool sends keys to")
    parser.add_argument("--dump", action="store_true", help="print each page's whole tree, check nothing")
    parser.add_argument("--lang", default="en", help="the language the app speaks (its messages give the expected names)")
    args = parser.parse_args()
    english_only = translate_expectations(args.lang) if args.lang != "en" else set()
    wizard = Wizard(args.pid, args.window)
    try:
        failures = run(wizard, args.dump, english_only)
    except Stuck as stuck:
        print(f"\natspi_read.py: stuck: {stuck}", file=sys.stderr)
        print("the tree at that moment:", file=sys.stderr)
        print("\n".join("  " + node.line() for node in stuck.nodes), file=sys.stderr)
        return 2
    if args.dump:
        return 0
    print()
    if failures:
        print(f"atspi_read.py: {len(failures)} expectation(s) not met:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print("atspi_read.py: every expectation met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
