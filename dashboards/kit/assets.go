package kit

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
)

//go:embed assets/echarts.min.js assets/kinerja.js assets/style.css
var assetsFS embed.FS

// AssetFiles calls put with the site-relative path and the bytes of every
// asset (assets/echarts.min.js, …), for a writer of its own.
func AssetFiles(put func(rel string, b []byte) error) error {
	for _, name := range []string{"echarts.min.js", "kinerja.js", "style.css"} {
		b, err := assetsFS.ReadFile("assets/" + name)
		if err != nil {
			return fmt.Errorf("dashboards: asset %s: %w", name, err)
		}
		if err := put("assets/"+name, b); err != nil {
			return err
		}
	}
	return nil
}

// WriteAssets writes every asset into out/assets/.
func WriteAssets(out string) error {
	if err := os.MkdirAll(filepath.Join(out, "assets"), 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	return AssetFiles(func(rel string, b []byte) error {
		if err := os.WriteFile(filepath.Join(out, filepath.FromSlash(rel)), b, 0o644); err != nil {
			return fmt.Errorf("dashboards: %w", err)
		}
		return nil
	})
}
