package console

import "io/fs"

// Assets are the embedded files of the bundle, as the build wrote them.
func Assets() fs.FS {
	sub, err := fs.Sub(assetsFS, "assets")
	if err != nil {
		panic(err)
	}
	return sub
}
