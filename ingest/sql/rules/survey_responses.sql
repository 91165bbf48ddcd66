-- Row rules for survey_responses: a response must answer at least one element.
        WHEN coalesce(u_persyaratan, u_prosedur, u_waktu, u_biaya, u_produk, u_kompetensi, u_perilaku, u_pengaduan, u_sarana) IS NULL
            THEN 'u_persyaratan' || chr(31) || 'no element of the survey is answered'
