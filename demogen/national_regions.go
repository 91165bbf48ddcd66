package demogen

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// natRegion is one row of the national region list: a province or a
// kabupaten/kota. Every row is also a government (pemerintah daerah) with its
// own units kerja.
type natRegion struct {
	code, name string
	provinsi   bool
	induk      string // province code of a kab/kota
	pop        int
}

// National head counts (DOMAIN.md: about 4.3 million ASN in mid-2023) and the
// yearly volumes of issue 6 at that size; smaller runs scale them down.
const (
	NationalEmployees = 4_300_000
	natRequests       = 30_000_000
	natSurveys        = 2_000_000
	natTrainings      = 8_000_000
	natUnitsExtra     = 250 // one unit beyond the OPDs per this many employees (≈ 22 000 units nationally)
	natProvShare      = 0.20
)

// LoadRegions reads a wilayah_kabkota.csv (kode_wilayah, nama, tingkat,
// kode_induk, …, penduduk_total; ../shared/data/README.md).
func LoadRegions(path string) ([]natRegion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("demogen: regions: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("demogen: regions %s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(strings.ToLower(h))] = i
	}
	for _, need := range []string{"kode_wilayah", "nama", "tingkat", "penduduk_total"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("demogen: regions %s: no column %s", path, need)
		}
	}
	var out []natRegion
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("demogen: regions %s: %w", path, err)
		}
		pop, err := strconv.Atoi(strings.TrimSpace(rec[col["penduduk_total"]]))
		if err != nil || pop <= 0 {
			return nil, fmt.Errorf("demogen: regions %s line %d: penduduk_total %q", path, line, rec[col["penduduk_total"]])
		}
		code := strings.TrimSpace(rec[col["kode_wilayah"]])
		x := natRegion{code: code, name: strings.TrimSpace(rec[col["nama"]]), pop: pop,
			provinsi: strings.TrimSpace(rec[col["tingkat"]]) == "provinsi"}
		if !x.provinsi {
			x.induk, _, _ = strings.Cut(code, ".")
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("demogen: regions %s: no rows", path)
	}
	return out, nil
}

// syntheticRegions returns 38 provinces and 514 kabupaten/kota with made-up
// names and log-normal populations (about 280 million in total), the same
// shape as the real list.
func syntheticRegions(seed int64) []natRegion {
	r := newRand(seed, streamNational)
	var out []natRegion
	for p := 0; p < 38; p++ {
		pc := strconv.Itoa(11 + p)
		n := 13
		if p < 514-38*13 {
			n = 14
		}
		prov := natRegion{code: pc, name: "Provinsi Sintetis " + pc, provinsi: true}
		out = append(out, prov)
		pi := len(out) - 1
		for k := 0; k < n; k++ {
			num, kind := k+1, "Kabupaten"
			if k >= n-3 { // the last three are kota
				num, kind = 71+k-(n-3), "Kota"
			}
			code := fmt.Sprintf("%s.%02d", pc, num)
			pop := int(math.Round(330_000 * math.Exp(0.8*r.NormFloat64())))
			pop = min(max(pop, 20_000), 6_000_000)
			out = append(out, natRegion{code: code, name: kind + " Sintetis " + code, induk: pc, pop: pop})
			out[pi].pop += pop
		}
	}
	return out
}

// natEthnic picks the name sets of a province (by its code) for genName.
func natEthnic(prov string) ([]ethnic, []int) {
	p, _ := strconv.Atoi(prov)
	switch {
	case p == 11:
		return []ethnic{ethAceh, ethMelayu, ethJawa}, []int{70, 15, 15}
	case p == 12:
		return []ethnic{ethBatak, ethMelayu, ethJawa}, []int{45, 30, 25}
	case p < 30:
		return []ethnic{ethMelayu, ethJawa, ethBatak}, []int{55, 35, 10}
	case p < 60:
		return []ethnic{ethJawa, ethMelayu}, []int{90, 10}
	case p < 70:
		return []ethnic{ethMelayu, ethJawa, ethBugis}, []int{45, 35, 20}
	case p == 72:
		return []ethnic{ethKaili, ethBugis, ethJawa}, []int{45, 35, 20}
	case p < 80:
		return []ethnic{ethBugis, ethJawa, ethKaili}, []int{70, 20, 10}
	case p < 90:
		return []ethnic{ethAmbon, ethBugis, ethJawa}, []int{60, 25, 15}
	}
	return []ethnic{ethPapua, ethJawa, ethBugis, ethAmbon}, []int{55, 20, 15, 10}
}

// zoneOffset is the UTC offset in hours of a province: WIB, WITA or WIT.
func zoneOffset(prov string) int {
	p, _ := strconv.Atoi(prov)
	switch {
	case p == 51 || p == 52 || p == 53 || (p >= 63 && p <= 65) || (p >= 71 && p < 80):
		return 8
	case p >= 81:
		return 9
	}
	return 7
}
