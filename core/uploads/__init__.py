"""Checks on editors' uploads: size limits and content that matches the file's kind."""
