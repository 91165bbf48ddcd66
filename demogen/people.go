package demogen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The people of a government: jenis jabatan and golongan for a post, NIPs,
// and names drawn from the region's naming traditions.

func jenisOf(title string, role int) string {
	if role != roleStaff {
		return "struktural"
	}
	for _, k := range []string{"Ahli ", "Terampil", "Mahir", "Dokter", "Guru"} {
		if strings.Contains(title, k) {
			return "fungsional"
		}
	}
	return "pelaksana"
}

func (w *world) golFor(r *rand.Rand, title string, role int, kind unitKind, pppk bool) int {
	if pppk {
		switch {
		case strings.HasPrefix(title, "Dokter"):
			return 10
		case strings.Contains(title, "Ahli Pertama"):
			return 9
		case strings.Contains(title, "Terampil"):
			return 7
		case title == "Operator Layanan Operasional" || title == "Pengadministrasi Perkantoran":
			return 5
		default:
			return 7
		}
	}
	pick := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	switch role {
	case roleHead:
		switch kind {
		case kSekda:
			return 10
		case kPuskesmas, kSekolah:
			return pick(6, 8)
		default:
			return pick(9, 10)
		}
	case roleSub:
		return pick(7, 9)
	}
	switch {
	case strings.Contains(title, "Ahli Pertama"):
		return pick(4, 5)
	case strings.Contains(title, "Ahli Muda"):
		return pick(6, 7)
	case strings.Contains(title, "Ahli Madya"):
		return pick(8, 10)
	case strings.Contains(title, "Terampil"):
		return pick(2, 5)
	case strings.Contains(title, "Mahir"):
		return pick(4, 6)
	default:
		return pick(0, 5)
	}
}

// demoSeq draws the NIP sequence number of the demo data set.
func demoSeq(r *rand.Rand) int {
	seq := 1 + r.IntN(1+r.IntN(60))
	if r.IntN(20) == 0 {
		seq = 1 + r.IntN(999)
	}
	return seq
}

// seqFunc is the NIP sequence drawer of the world: demoSeq unless set (the
// national generator gives every government its own sequence numbers, so
// that NIPs drawn in parallel never collide across governments).
func (w *world) seqFunc() func(*rand.Rand) int {
	if w.nipSeq != nil {
		return w.nipSeq
	}
	return demoSeq
}

// genNIP returns a fresh valid NIP (PNS or PPPK) and the appointment date;
// seq draws the three-digit sequence number (1-999).
func genNIP(r *rand.Rand, pppk, female bool, birthLo, birthHi int, used map[string]bool, seqOf func(*rand.Rand) int) (string, time.Time) {
	g := 1
	if female {
		g = 2
	}
	for {
		birth := randDate(r, date(birthLo, 1, 1), date(birthHi, 12, 31))
		seq := seqOf(r)
		var nip string
		var tmt time.Time
		if pppk {
			lo := max(2019, birth.Year()+20)
			if lo > 2023 {
				continue
			}
			y := lo + r.IntN(2023-lo+1)
			tmt = date(y, 1, 1)
			nip = fmt.Sprintf("%s%04d2%d%d%03d", birth.Format("20060102"), y, r.IntN(10), g, seq)
		} else {
			earliest := birth.AddDate(19, 0, 0) // appointed at age 19 or later
			latest := birth.AddDate(35, 0, 0)   // the CPNS age limit
			if l := date(2023, 10, 1); latest.After(l) {
				latest = l
			}
			if earliest.After(latest) {
				continue
			}
			t := randDate(r, earliest, latest)
			tmt = date(t.Year(), int(t.Month()), 1)
			if tmt.Before(t) { // TMT is the first of a month, not before age 19
				tmt = tmt.AddDate(0, 1, 0)
			}
			nip = fmt.Sprintf("%s%s%d%03d", birth.Format("20060102"), tmt.Format("200601"), g, seq)
		}
		if used[nip] {
			continue
		}
		used[nip] = true
		return nip, tmt
	}
}

type nameSet struct {
	male, female [][]string // given names; one element chosen from each inner list
	surname      []string   // optional family names
	surnameP     int        // percent with a family name
}

var nameSets = map[ethnic]nameSet{
	ethMelayu: {
		male:    [][]string{{"Muhammad", "Ahmad", "Syahrul", "Zulkifli", "Hendra", "Fadli", "Rizal", "Azwar", "Firdaus", "Hasan", "Tengku Said", "Raja"}, {"Effendi", "Syahputra", "Hamzah", "Yusuf", "Kamal", "Rahman", "Harun", "Saleh", "Iskandar", "Amri"}},
		female:  [][]string{{"Nurul", "Siti", "Fitri", "Rahmah", "Dahlia", "Zuraida", "Yusnita", "Aisyah", "Mardiana", "Tengku Nurhayati"}, {"Hasanah", "Rahmawati", "Fitriani", "Zahara", "Syafitri", "Aini", "Wahyuni", "Safitri"}},
		surname: nil},
	ethJawa: {
		male:   [][]string{{"Agus", "Budi", "Eko", "Joko", "Slamet", "Bambang", "Dwi", "Tri", "Hadi", "Sugeng", "Wahyu", "Teguh", "Rudi", "Arif", "Yudi"}, {"Santoso", "Prasetyo", "Wibowo", "Setiawan", "Hidayat", "Nugroho", "Susanto", "Purnomo", "Kurniawan", "Saputro"}},
		female: [][]string{{"Sri", "Dewi", "Endang", "Wulan", "Rina", "Siti", "Nur", "Ayu", "Retno", "Tri"}, {"Lestari", "Rahayu", "Wahyuni", "Handayani", "Kusumawati", "Puspitasari", "Utami", "Suryani", "Astuti", "Wulandari"}}},
	ethBatak: {
		male:     [][]string{{"Saut", "Hotman", "Rudolf", "Martua", "Parulian", "Juliper", "Togar", "Binsar", "Darwin", "Jonner"}},
		female:   [][]string{{"Rosmawati", "Lamria", "Rosdiana", "Tiurma", "Hotnida", "Ruth", "Dameria", "Sondang"}},
		surname:  []string{"Berutu", "Solin", "Manik", "Sinaga", "Siregar", "Harahap", "Simanjuntak", "Tumangger", "Padang", "Nasution", "Lubis"},
		surnameP: 100},
	ethAceh: {
		male:   [][]string{{"Teuku", "Muhammad", "Zulfikar", "Fauzan", "Rahmat", "Iskandar", "Mukhlis", "Hasbi", "Darmawan", "Irfan", "Khairul", "Taufik"}, {"Daud", "Abdullah", "Ibrahim", "Usman", "Ismail", "Ali", "Mahdi", "Yusuf", "Azhari"}},
		female: [][]string{{"Cut", "Nurul", "Rahmi", "Safrida", "Maisarah", "Fitriana", "Rosmiati", "Khairiah", "Nurhasanah", "Raudhah"}, {"Aini", "Fajri", "Husna", "Yani", "Mulyani", "Zahara", "Hayati", "Munawarah"}}},
	ethBugis: {
		male:   [][]string{{"Andi", "Muhammad", "Syamsul", "Baharuddin", "Haerul", "Syahrir", "Ridwan", "Irwan", "Nasrullah", "Andi Muhammad"}, {"Rasyid", "Hamid", "Arsyad", "Latif", "Sultan", "Amir", "Ramli", "Mappaenre", "Yunus"}},
		female: [][]string{{"Andi", "Hasnah", "Rahmawati", "Sitti", "Nurhaeda", "Sumarni", "Andi Nurul", "Hasniah"}, {"Hasnawati", "Nurjannah", "Suryani", "Syamsiah", "Rosmini", "Asriani", "Fatmawati"}}},
	ethKaili: {
		male:     [][]string{{"Moh. Rizal", "Ardiansyah", "Rustam", "Lukman", "Hamdan", "Sofyan", "Yusran", "Moh. Fadli", "Arham", "Rahmat"}},
		female:   [][]string{{"Nurlela", "Rahmatia", "Sartika", "Fatmawati", "Nurhayati", "Sitti Rahmah", "Hasnia", "Nurbaya"}},
		surname:  []string{"Lamakarate", "Tombolotutu", "Lasadindi", "Pettalolo", "Lamarauna", "Datupalinge", "Labaco", "Lamasitudju"},
		surnameP: 70},
	ethPapua: {
		male:     [][]string{{"Yohanes", "Marthen", "Yakob", "Nataniel", "Petrus", "Frans", "Otto", "Yulius", "Daniel", "Hengky", "Markus", "Simon", "Yance", "Obed"}},
		female:   [][]string{{"Yohana", "Maria", "Agustina", "Dorthea", "Martha", "Elisabeth", "Ruth", "Yuliana", "Selfina", "Naomi", "Fransina", "Debora"}},
		surname:  []string{"Mandacan", "Kambuaya", "Rumbiak", "Wanggai", "Mayor", "Kalami", "Malak", "Ayer", "Sapisa", "Rumbewas", "Warere", "Dowansiba", "Mansim", "Indou", "Kareth", "Sawaki", "Mobalen", "Osok"},
		surnameP: 100},
	ethAmbon: {
		male:     [][]string{{"Johan", "Ferdinand", "Melky", "Ronald", "Jacky", "Christian", "Rudy", "Semuel"}},
		female:   [][]string{{"Grace", "Novita", "Meilany", "Olivia", "Juliana", "Sarah", "Magdalena"}},
		surname:  []string{"Latuheru", "Pattiasina", "Tuhumury", "Siahaya", "Wattimena", "Sahetapy", "Leiwakabessy", "Pattinama"},
		surnameP: 100},
}

func (w *world) genName(r *rand.Rand, ri int, female bool, title string, role int) string {
	reg := w.regions[ri]
	tot := 0
	for _, x := range reg.ethWeight {
		tot += x
	}
	k := r.IntN(tot)
	eth := reg.ethnic[0]
	for i, x := range reg.ethWeight {
		if k < x {
			eth = reg.ethnic[i]
			break
		}
		k -= x
	}
	ns := nameSets[eth]
	parts := ns.male
	if female {
		parts = ns.female
	}
	var b []string
	for _, p := range parts {
		b = append(b, p[r.IntN(len(p))])
	}
	if ns.surname != nil && r.IntN(100) < ns.surnameP {
		b = append(b, ns.surname[r.IntN(len(ns.surname))])
	}
	name := strings.Join(b, " ")
	// academic titles, as they appear in SIMPEG exports
	switch {
	case strings.HasPrefix(title, "Dokter"):
		return "dr. " + name
	case strings.HasPrefix(title, "Guru") || title == "Kepala Sekolah" || strings.HasPrefix(title, "Wakil Kepala Sekolah"):
		return name + ", S.Pd."
	case strings.HasPrefix(title, "Perawat Ahli"):
		return name + ", S.Kep., Ns."
	case strings.HasPrefix(title, "Perawat"):
		return name + ", A.Md.Kep."
	case strings.HasPrefix(title, "Bidan"):
		return name + ", A.Md.Keb."
	case strings.HasPrefix(title, "Apoteker"):
		return name + ", S.Farm., Apt."
	case role == roleHead && strings.Contains(title, "Puskesmas"):
		return name + ", S.KM., M.Kes."
	}
	deg := []string{"S.E.", "S.H.", "S.Sos.", "S.Kom.", "S.AP.", "S.T.", "S.IP."}
	switch {
	case role != roleStaff:
		d := deg[r.IntN(len(deg))]
		if r.IntN(2) == 0 {
			d += ", " + []string{"M.Si.", "M.M.", "M.AP."}[r.IntN(3)]
		}
		return name + ", " + d
	case strings.Contains(title, "Ahli"):
		return name + ", " + deg[r.IntN(len(deg))]
	case r.IntN(100) < 25:
		return name + ", " + deg[r.IntN(len(deg))]
	}
	return name
}
