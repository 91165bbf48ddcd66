package main

import (
	"kinerja/ingest"
	"kinerja/warehouse"
)

// showMemory logs, once per command and with log lines (--log-format text or
// json), the memory settings DuckDB runs with: the policy's defaults
// (warehouse/memory.go, docs/SCALE.md) or the flags' and kinerja.yaml's.
func (a *app) showMemory(db *warehouse.DB) {
	if a.memoryShown || !a.logLines() {
		return
	}
	a.memoryShown = true
	m := db.Memory
	attrs := []any{"memory_limit", m.MemoryLimit, "threads", m.Threads, "temp_directory", m.TempDir,
		"max_temp_directory_size", m.MaxTemp, "default", m.Default}
	if m.Default {
		attrs = append(attrs, "budget_bytes", m.Budget, "go_heap_limit_bytes", m.GoHeap, "ram_bytes", m.Resources.RAM)
		if m.Resources.CgroupLimit > 0 {
			attrs = append(attrs, "cgroup_limit_bytes", m.Resources.CgroupLimit)
		}
	}
	a.log.Info("memory", append(attrs, "summary", m.String())...)
}

// warehouseSettings takes kinerja.yaml's DuckDB settings (warehouse:
// memory_limit, threads, temp_directory) where no flag gave them.
func (a *app) warehouseSettings(cfg *ingest.Config) {
	if a.memory == "" {
		a.memory = cfg.Warehouse.MemoryLimit
	}
	if a.threads == 0 {
		a.threads = cfg.Warehouse.Threads
	}
	if a.tempDir == "" && cfg.Warehouse.TempDir != "" {
		a.tempDir = cfg.Resolve(cfg.Warehouse.TempDir)
	}
}
