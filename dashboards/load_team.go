package dashboards

import (
	"database/sql"

	"kinerja/dashboards/kit"
)

// teamRow is one row of mart.unit_team: a member of a team (peran induk,
// sub_unit) or the rolled-up team (peran tim) in a period.
type teamRow struct {
	Induk, Wilayah string
	kit.Period
	Peran, Unit, Nama                string
	Jarak                            int64
	UnitAnggota                      sql.NullInt64
	Pegawai, SangatBaik              sql.NullInt64
	PersenSB, SBBawah, SBAtas        sql.NullFloat64
	Berbatas, TepatWaktu             sql.NullInt64
	PersenTepat, TepatBawah, TepatAt sql.NullFloat64
	Responden                        sql.NullInt64
	IKM                              sql.NullFloat64
	Mutu                             sql.NullString
}

// responseRow is one row of mart.appraisal_response_unit: how a unit's
// people answered their official appraisals in a period.
type responseRow struct {
	Unit, Wilayah string
	kit.Period
	Pegawai, Ditanggapi, Setuju, Keberatan       sql.NullInt64
	PersenKeberatan, KeberatanBawah, KeberatanAt sql.NullFloat64
	Diterima, Ditolak, Proses, TanpaHasil        sql.NullInt64
	PersenDiterima                               sql.NullFloat64
}

// teamMarts are the marts of the team and response sections of the unit
// page.
type teamMarts struct {
	Team           []teamRow
	Response       []responseRow
	RegionResponse []responseRow // mart.region_appraisal_response (Unit empty)
}

func teamSteps(w *warehouse) []loadStep {
	return []loadStep{
		bindStep("unit_team", func(x *teamRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit_induk": &x.Induk, "kode_wilayah": &x.Wilayah, "peran": &x.Peran,
				"kode_unit": &x.Unit, "nama_unit": &x.Nama, "jarak": &x.Jarak, "unit_anggota": &x.UnitAnggota,
				"pegawai_dinilai": &x.Pegawai, "jumlah_sangat_baik": &x.SangatBaik, "persen_sangat_baik": &x.PersenSB,
				"persen_sangat_baik_bawah": &x.SBBawah, "persen_sangat_baik_atas": &x.SBAtas,
				"selesai_berbatas": &x.Berbatas, "tepat_waktu": &x.TepatWaktu, "persen_tepat_waktu": &x.PersenTepat,
				"persen_tepat_waktu_bawah": &x.TepatBawah, "persen_tepat_waktu_atas": &x.TepatAt,
				"responden": &x.Responden, "ikm": &x.IKM, "mutu": &x.Mutu})
		}, func(x *teamRow) { w.Team.Team = append(w.Team.Team, *x) }),
		bindStep("appraisal_response_unit", func(x *responseRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah, "pegawai_dinilai": &x.Pegawai,
				"ditanggapi": &x.Ditanggapi, "setuju": &x.Setuju, "keberatan": &x.Keberatan, "persen_keberatan": &x.PersenKeberatan,
				"persen_keberatan_bawah": &x.KeberatanBawah, "persen_keberatan_atas": &x.KeberatanAt,
				"keberatan_diterima": &x.Diterima, "keberatan_ditolak": &x.Ditolak, "keberatan_proses": &x.Proses,
				"keberatan_tanpa_hasil": &x.TanpaHasil, "persen_keberatan_diterima": &x.PersenDiterima})
		}, func(x *responseRow) { w.Team.Response = append(w.Team.Response, *x) }),
		bindStep("region_appraisal_response", func(x *responseRow) kit.Cols {
			return x.Period.Cols().Add(kit.Cols{"kode_wilayah": &x.Wilayah, "pegawai_dinilai": &x.Pegawai,
				"ditanggapi": &x.Ditanggapi, "setuju": &x.Setuju, "keberatan": &x.Keberatan, "persen_keberatan": &x.PersenKeberatan,
				"persen_keberatan_bawah": &x.KeberatanBawah, "persen_keberatan_atas": &x.KeberatanAt,
				"keberatan_diterima": &x.Diterima, "keberatan_ditolak": &x.Ditolak, "keberatan_proses": &x.Proses,
				"keberatan_tanpa_hasil": &x.TanpaHasil, "persen_keberatan_diterima": &x.PersenDiterima})
		}, func(x *responseRow) { w.Team.RegionResponse = append(w.Team.RegionResponse, *x) }),
	}
}
