<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>This deck has no key messages (lines starting with &gt;) to make cards of.</source>
        <translation>Deck ini tidak punya pesan kunci (baris yang diawali &gt;) untuk dijadikan kartu.</translation>
    </message>
    <message>
        <source>The size must be WIDTHxHEIGHT in pixels, 16 to 8192 each (for example 1920x1080), not {text!r}.</source>
        <translation>Ukuran harus LEBARxTINGGI dalam piksel, masing-masing 16 sampai 8192 (misalnya 1920x1080), bukan {text!r}.</translation>
    </message>
    <message>
        <source>Slides and speaker notes</source>
        <translation>Slide dan catatan pembicara</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} bukan folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Tidak dapat menulis {path}.</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Halaman {page} dari {total}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} adalah folder; berikan nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}</source>
        <translation>Tidak dapat membuat folder {path}: {reason}</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(tanpa catatan)</translation>
    </message>
    <message>
        <source>Stop human trafficking</source>
        <translation>Hentikan perdagangan orang</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Catatan lebih kecil</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Catatan lebih besar</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>Akhir presentasi</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Overview (Tab)</source>
        <translation>Ikhtisar (Tab)</translation>
    </message>
    <message>
        <source>Black (B)</source>
        <translation>Hitam (B)</translation>
    </message>
    <message>
        <source>White (W)</source>
        <translation>Putih (W)</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Tukar layar</translation>
    </message>
    <message>
        <source>Audience window (F5)</source>
        <translation>Jendela penonton (F5)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Selesai (Esc)</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Tidak ada catatan untuk slide ini.</translation>
    </message>
    <message>
        <source>Presenter console — {name}</source>
        <translation>Konsol penyaji — {name}</translation>
    </message>
    <message>
        <source>Slide {n} of {total}</source>
        <translation>Slide {n} dari {total}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Berikutnya: {title}</translation>
    </message>
    <message>
        <source>Need help? SAPA 129 (PPPA ministry): call 129 or WhatsApp 08111-129-129</source>
        <translation>Butuh bantuan? SAPA 129 (Kementerian PPPA): telepon 129 atau WhatsApp 08111-129-129</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>{name} tidak dapat dibuka ({reason}).</translation>
    </message>
    <message>
        <source>Page {label}</source>
        <translation>Halaman {label}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Save a copy without a password and open that copy.</source>
        <translation>{name} dilindungi kata sandi. Simpan salinannya tanpa kata sandi, lalu buka salinan itu.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete and cannot be opened. Copy it again from the original and try once more.</source>
        <translation>{name} rusak atau tidak lengkap sehingga tidak dapat dibuka. Salin lagi dari berkas aslinya, lalu coba sekali lagi.</translation>
    </message>
    <message>
        <source>Page {n} of this PDF could not be drawn.</source>
        <translation>Halaman {n} dari PDF ini tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PDF file.</source>
        <translation>{path} adalah folder, bukan berkas PDF.</translation>
    </message>
    <message>
        <source>{name} is not a PDF file. Export the slides as PDF first.</source>
        <translation>{name} bukan berkas PDF. Ekspor dulu slide-nya sebagai PDF.</translation>
    </message>
    <message>
        <source>{name} has no pages.</source>
        <translation>{name} tidak punya halaman.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>The deck file {path} is missing.</source>
        <translation>Berkas deck {path} tidak ada.</translation>
    </message>
    <message>
        <source>Cannot read the deck file {path}: {reason}</source>
        <translation>Tidak dapat membaca berkas deck {path}: {reason}</translation>
    </message>
    <message>
        <source>The deck {name} has a mistake on line {line}: {reason}</source>
        <translation>Deck {name} punya kesalahan di baris {line}: {reason}</translation>
    </message>
    <message>
        <source>Slide {n} could not be drawn.</source>
        <translation>Slide {n} tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>One screen: rehearsal view. Plug in the projector (the slides move there by themselves) or open the audience window with F5.</source>
        <translation>Satu layar: tampilan latihan. Sambungkan proyektor (slide akan pindah ke sana dengan sendirinya) atau buka jendela penonton dengan F5.</translation>
    </message>
    <message>
        <source>BLACK SCREEN (B)</source>
        <translation>LAYAR HITAM (B)</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Berjalan {time}</translation>
    </message>
    <message>
        <source>Audience view — {name}</source>
        <translation>Tampilan penonton — {name}</translation>
    </message>
    <message>
        <source>Slides on {projector} ({width}×{height}); this console on {laptop}.</source>
        <translation>Slide di {projector} ({width}×{height}); konsol ini di {laptop}.</translation>
    </message>
    <message>
        <source>WHITE SCREEN (W)</source>
        <translation>LAYAR PUTIH (W)</translation>
    </message>
    <message>
        <source>the projector</source>
        <translation>proyektor</translation>
    </message>
    <message>
        <source>the laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>Go to slide {number} (Enter)</source>
        <translation>Ke slide {number} (Enter)</translation>
    </message>
    <message>
        <source>{section}: {time} left</source>
        <translation>{section}: sisa {time}</translation>
    </message>
    <message>
        <source>{section}: {time} over</source>
        <translation>{section}: lewat {time}</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>Bundled deck</source>
        <translation>Deck bawaan</translation>
    </message>
    <message>
        <source>The programme's own deck, in the app's language</source>
        <translation>Deck milik program, dalam bahasa aplikasi</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Buka PDF…</translation>
    </message>
    <message>
        <source>Your own slides, saved as PDF (PowerPoint, Canva, …)</source>
        <translation>Slide Anda sendiri yang disimpan sebagai PDF (PowerPoint, Canva, …)</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Tayangkan (F5)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>tidak direncanakan</translation>
    </message>
    <message>
        <source>Planned length of the talk:</source>
        <translation>Rencana lama penyajian:</translation>
    </message>
    <message>
        <source>Save as pictures (PNG)…</source>
        <translation>Simpan sebagai gambar (PNG)…</translation>
    </message>
    <message>
        <source>Save handout with notes (PDF)…</source>
        <translation>Simpan handout dengan catatan (PDF)…</translation>
    </message>
    <message>
        <source>Save social-media cards…</source>
        <translation>Simpan kartu media sosial…</translation>
    </message>
    <message>
        <source>Square pictures of the key messages, with SAPA 129</source>
        <translation>Gambar persegi berisi pesan kunci, dengan SAPA 129</translation>
    </message>
    <message>
        <source>F5 presents from the first slide, Shift+F5 from the selected one. The slides go to the projector, the notes stay on the laptop.</source>
        <translation>F5 menayangkan dari slide pertama, Shift+F5 dari slide yang dipilih. Slide tampil di proyektor, catatan tetap di laptop.</translation>
    </message>
    <message>
        <source>Open a PDF deck</source>
        <translation>Buka deck PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Berkas PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Folder untuk gambar</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Simpan handout</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Folder untuk kartu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>End the presentation (Esc) before changing the deck.</source>
        <translation>Akhiri presentasi (Esc) sebelum mengganti deck.</translation>
    </message>
    <message>
        <source>Type what you want to say on this page; it is saved as you type.</source>
        <translation>Ketik apa yang ingin Anda sampaikan di halaman ini; tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Open a deck first.</source>
        <translation>Buka deck terlebih dahulu.</translation>
    </message>
    <message>
        <source>Speaker notes for slide {n}: {title}</source>
        <translation>Catatan pembicara untuk slide {n}: {title}</translation>
    </message>
    <message>
        <source>{name} — {n} slides</source>
        <translation>{name} — {n} slide</translation>
    </message>
    <message>
        <source>(bundled deck)</source>
        <translation>(deck bawaan)</translation>
    </message>
    <message>
        <source>Saved the handout {path}.</source>
        <translation>Handout tersimpan: {path}.</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Berkas tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>The notes of this PDF could not be read: {reason}</source>
        <translation>Catatan untuk PDF ini tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>The notes could not be saved: {reason}</source>
        <translation>Catatan tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Saved {n} pictures in {path}.</source>
        <translation>{n} gambar tersimpan di {path}.</translation>
    </message>
    <message>
        <source>Saved {n} cards in {path}.</source>
        <translation>{n} kartu tersimpan di {path}.</translation>
    </message>
    <message>
        <source>export the slides as pictures, handout, cards</source>
        <translation>ekspor slide sebagai gambar, handout, kartu</translation>
    </message>
    <message>
        <source>one PNG picture per slide: 001.png, 002.png, …</source>
        <translation>satu gambar PNG per slide: 001.png, 002.png, …</translation>
    </message>
    <message>
        <source>`bundled`, or a PDF file</source>
        <translation>`bundled` (deck bawaan), atau berkas PDF</translation>
    </message>
    <message>
        <source>folder for the pictures</source>
        <translation>folder untuk gambar</translation>
    </message>
    <message>
        <source>picture size</source>
        <translation>ukuran gambar</translation>
    </message>
    <message>
        <source>the slides with their speaker notes, A4 PDF</source>
        <translation>slide beserta catatan pembicaranya, PDF A4</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF yang akan ditulis</translation>
    </message>
    <message>
        <source>1080×1080 cards of the key messages</source>
        <translation>kartu 1080×1080 berisi pesan kunci</translation>
    </message>
    <message>
        <source>folder for the cards</source>
        <translation>folder untuk kartu</translation>
    </message>
    <message>
        <source>Wrote {n} pictures to {path}</source>
        <translation>{n} gambar ditulis ke {path}</translation>
    </message>
    <message>
        <source>Wrote the handout {path}</source>
        <translation>Handout ditulis: {path}</translation>
    </message>
    <message>
        <source>Wrote {n} cards to {path}</source>
        <translation>{n} kartu ditulis ke {path}</translation>
    </message>
    <message>
        <source>kerinjing-desktop: note: the notes typed in the app are left out: {reason}</source>
        <translation>kerinjing-desktop: catatan: catatan yang diketik di aplikasi tidak disertakan: {reason}</translation>
    </message>
    <message>
        <source>Under Wayland the app cannot place the slides on the projector by itself: start it with QT_QPA_PLATFORM=xcb (XWayland).</source>
        <translation>Di Wayland aplikasi tidak dapat menaruh slide di proyektor dengan sendirinya: jalankan dengan QT_QPA_PLATFORM=xcb (XWayland).</translation>
    </message>
</context>
</TS>
