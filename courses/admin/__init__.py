"""The courses app in the Wagtail admin, one module per concern; ``courses/wagtail_hooks.py``
only registers what is defined here.

- ``permissions``: who sees learner data (the rule and its permission policy)
- ``forms``: certificate revocation
- ``filters``: the listing filters of certificates and lesson feedback
- ``charts``: geometry of the analytics charts (inline SVG, no JavaScript)
- ``views``: the course analytics pages and their CSV exports; translating courses
- ``viewsets``: the "Learning" menu: analytics, certificates, feedback, glossary
- ``translations``: what a course translation lacks of its source, and translating it
- ``editor``: the page editor's warning about a half-translated course
- ``dashboard``: the panels of the admin's home page
"""
