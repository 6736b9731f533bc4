package app

import (
	"sync"
)

type router struct {
	mu             sync.RWMutex
	routes         map[string]func() Composer
	routesWithFunc []funcRoute
}

func makeRouter() router {
	return router{
		routes: make(map[string]func() Composer),
	}
}

func (r *router) route(path string, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routes[path] = newComponent
}

func (r *router) routeFunc(match func(path string) bool, newComponent func() Composer) {
	r.mu.Lock()
	defer r.mu.Unlock()

	r.routesWithFunc = append(r.routesWithFunc, funcRoute{
		match:        match,
		newComponent: newComponent,
	})
}

func (r *router) routed(path string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()

	if _, routed := r.routes[path]; routed {
		return true
	}

	for _, rf := range r.routesWithFunc {
		if rf.match(path) {
			return true
		}
	}

	return false
}

func (r *router) createComponent(path string) (Composer, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()

	if newComponent, routed := r.routes[path]; routed {
		return newComponent(), true
	}

	for _, rf := range r.routesWithFunc {
		if rf.match(path) {
			return rf.newComponent(), true
		}
	}

	return nil, false
}

type funcRoute struct {
	match        func(path string) bool
	newComponent func() Composer
}
