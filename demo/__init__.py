"""Sample content for a fresh Casebook site (``python manage.py load_demo_content``).

Everything about the centre that runs the site lives here as content, never in
templates or application code. The facts come from the source documents in
``shared/seeds``; every case, applicant, quotation and figure of a case is
invented and labelled as fictional.
"""
