"""The film step: VLC loading, the pre-day check, markers, the film library and the player.

Qt-free (the CLI and `doctor` use them): `vlc_loader`, `check`, `markers`, `library`.
Qt side: `player` (FilmPlayer over libvlc), `video_window` (the audience window),
`marker_model` (the pause list as a table); the page is `gui/pages/film_page.py`.
"""
