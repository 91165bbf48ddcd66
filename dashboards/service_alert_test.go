package dashboards_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards"
	"kinerja/marts/martstest"
)

// alertRule is the start of the sentence stating the service alert rule on
// the region pages, in each language.
var alertRule = map[string]string{
	"":    "Aturan peringatan layanan: backlog atau % tepat waktu berubah ke arah yang buruk melebihi 2 × simpangan baku",
	"en/": "Service alert rule: backlog or % on time changed in the bad direction by more than 2 × the standard deviation",
}

// TestDemoServiceAlertsDoNotCryWolf: on the demo site every Dukcapil
// service's backlog rises into 2025-Q4 (the requests still open when the
// data end); none of those rises is large against its unit's own variation
// and its requests, so no region alerts "backlog naik" in 2025-Q4, Dumai's
// KTP-el (100 % on time) included. The alerts are mart.service_alert's.
func TestDemoServiceAlertsDoNotCryWolf(t *testing.T) {
	d := sharedDemo(t)
	var marts int
	if err := d.db.QueryRow(`SELECT count(*) FROM mart.service_alert WHERE periode = '2025-Q4' AND ukuran = 'backlog' AND peringatan`).Scan(&marts); err != nil {
		t.Fatal(err)
	}
	growing := 0
	for kode, m := range d.res.Regions {
		for _, a := range m.ByPeriod["2025-Q4"].Alerts.Service {
			if a.Growing {
				growing++
				if kode == "14.72" && a.Layanan == "KTP_EL" {
					t.Errorf("Dumai KTP-el alerts 'backlog naik' in 2025-Q4: %+v", a)
				}
			}
		}
	}
	if growing != marts || growing != 0 {
		t.Errorf("2025-Q4 backlog alerts: %d on the pages, %d in mart.service_alert, want 0", growing, marts)
	}
	csv := d.page(t, "data/wilayah_14.72_peringatan_layanan.csv")
	if strings.Contains(csv, "backlog_naik") {
		t.Errorf("Dumai's service alerts CSV still says backlog_naik:\n%s", csv)
	}
	for dir, rule := range alertRule {
		if page := d.page(t, dir+"wilayah/14.72.html"); !strings.Contains(page, rule) {
			t.Errorf("%swilayah/14.72.html does not state the alert rule %q", dir, rule)
		}
	}
}

// TestPlantedBacklogJumpAlerts: a unit whose backlog triples (5 -> 15) on
// 60 requests in the last quarter alerts "backlog naik" on its region page;
// a rise from 0 to 5 on 60 requests and a rise on 20 requests do not.
func TestPlantedBacklogJumpAlerts(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := martstest.ServiceJump(t, dir)
	out := filepath.Join(dir, "site")
	res, err := dashboards.Build(context.Background(), db.DB, dashboards.Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range res.Regions["14.72"].ByPeriod["2025-Q4"].Alerts.Service {
		got = append(got, a.Kode)
		if a.Kode != martstest.JumpUnit || !a.Growing || a.LowOnTime || a.Falling || a.Backlog.Value != 15 || a.Previous.Value != 5 {
			t.Errorf("2025-Q4 alert %+v", a)
		}
	}
	if len(got) != 1 {
		t.Errorf("2025-Q4 service alerts for units %v, want only %s", got, martstest.JumpUnit)
	}
	csv, err := os.ReadFile(filepath.Join(out, "data", "wilayah_14.72_peringatan_layanan.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "\n"+martstest.JumpUnit+",Disdukcapil Dumai Timur,KTP_EL,2025-Q4,100.0,15,5,backlog_naik\n") {
		t.Errorf("alerts CSV:\n%s", csv)
	}
	page, err := os.ReadFile(filepath.Join(out, "wilayah", "14.72.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "backlog naik") || !strings.Contains(string(page), alertRule[""]) {
		t.Error("wilayah/14.72.html: no 'backlog naik' alert or no rule")
	}
}
