"""The community: a plain folder of Django apps (docs: ../shared/design/architecture.md).

``members`` (profiles, organisations, memberships) comes first; the apps after it
point at it, never the reverse. ``home`` and ``courses`` never import ``community``.
"""
