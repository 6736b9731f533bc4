package app

import (
	"sync"

	"bilateral/data"
)

// The dataset is loaded once per process: on the server it is the embedded or
// -data file, validated before serving; in the browser it is fetched from
// /data/relations.json, so -data reaches the client too.
var (
	storeMu sync.RWMutex
	store   *data.Dataset
	loadErr error
)

// SetDataset makes d the dataset every view reads.
func SetDataset(d *data.Dataset) {
	storeMu.Lock()
	store, loadErr = d, nil
	storeMu.Unlock()
}

func setLoadError(err error) {
	storeMu.Lock()
	loadErr = err
	storeMu.Unlock()
}

// Dataset returns the loaded dataset, or nil and the load error, if any.
func Dataset() (*data.Dataset, error) {
	storeMu.RLock()
	defer storeMu.RUnlock()
	return store, loadErr
}

// DatasetPath is where the server serves the dataset and the client fetches it.
const DatasetPath = "/data/relations.json"
