"""``python -m sro_domain``: print the demo's explained verdicts for three example assignments."""

from sro_domain.examples import demo_text


def main() -> None:
    """Print the demo."""
    print(demo_text(), end="")


if __name__ == "__main__":
    main()
