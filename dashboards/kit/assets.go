package kit

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
)

//go:embed assets/echarts.min.js assets/kinerja.js assets/style.css
var assetsFS embed.FS

func WriteAssets(out string) error {
	dir := filepath.Join(out, "assets")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dashboards: %w", err)
	}
	for _, name := range []string{"echarts.min.js", "kinerja.js", "style.css"} {
		b, err := assetsFS.ReadFile("assets/" + name)
		if err != nil {
			return fmt.Errorf("dashboards: asset %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("dashboards: %w", err)
		}
	}
	return nil
}
