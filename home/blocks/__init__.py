from home.blocks.stream import BodyStreamBlock

__all__ = ["BodyStreamBlock"]
