from core.blocks.stream import BodyStreamBlock

__all__ = ["BodyStreamBlock"]
