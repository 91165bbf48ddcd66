package kit

// BoxPos: 9-box number -> (x = kinerja 0 di bawah..2 di atas, y = potensi 0 rendah..2 tinggi).
var BoxPos = [10][2]int{{}, {0, 0}, {1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}, {2, 1}, {1, 2}, {2, 2}}
