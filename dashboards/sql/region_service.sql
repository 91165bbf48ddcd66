-- Region view of each layanan per period: the permohonan-weighted mean of the units'
-- median turnaround (one Dukcapil per region makes it that unit's median), the
-- strictest standard, weighted % on time and summed backlog.
SELECT kode_wilayah, layanan, periode, jenis_periode, min(tanggal_mulai) AS tanggal_mulai,
       sum(permohonan)::BIGINT AS permohonan,
       CASE WHEN sum(permohonan) FILTER (WHERE median_jam IS NOT NULL) > 0
            THEN sum(median_jam * permohonan) / sum(permohonan) FILTER (WHERE median_jam IS NOT NULL)
            ELSE avg(median_jam) END AS median_jam,
       CASE WHEN sum(permohonan) FILTER (WHERE p90_jam IS NOT NULL) > 0
            THEN sum(p90_jam * permohonan) / sum(permohonan) FILTER (WHERE p90_jam IS NOT NULL)
            ELSE avg(p90_jam) END AS p90_jam,
       min(batas_jam) AS batas_jam,
       CASE WHEN sum(selesai) FILTER (WHERE persen_tepat_waktu IS NOT NULL) > 0
            THEN sum(persen_tepat_waktu * selesai) / sum(selesai) FILTER (WHERE persen_tepat_waktu IS NOT NULL)
            ELSE avg(persen_tepat_waktu) END AS persen_tepat_waktu,
       sum(backlog)::BIGINT AS backlog
FROM mart.service_outcomes
GROUP BY kode_wilayah, layanan, periode, jenis_periode
ORDER BY kode_wilayah, layanan, jenis_periode, tanggal_mulai;
