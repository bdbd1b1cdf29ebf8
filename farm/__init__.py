"""The fixture farm: sample agency sites served over loopback under their real .go.th host names."""
