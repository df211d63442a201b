"""The film step: VLC loading, the pre-day check, markers, the film library and the player.

Qt-free (the CLI and `doctor` use them): `vlc_loader`, `check` (with `tracks`, `probes`
and doctor's `findings`), `video_output`, `markers`, `library`, and the player's `timeline`
(where the film is, which pause is next) and `vlc_bridge` (the libvlc side).
Qt side: `player` (FilmPlayer over libvlc), `video_window` (the audience window),
`marker_model` (the pause list as a table); the page is `gui/pages/film_page.py`.
"""
