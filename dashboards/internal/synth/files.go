package synth

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// CopyFile copies the (warehouse) file a to b.
func CopyFile(a, b string) error {
	in, err := os.Open(a)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(b)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}

// DirSize is the number of files below dir and their size in bytes.
func DirSize(dir string) (files int, size int64) {
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if st, err := d.Info(); err == nil {
				size += st.Size()
				files++
			}
		}
		return nil
	})
	return files, size
}
