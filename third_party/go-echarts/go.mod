module github.com/go-echarts/go-echarts/v2

go 1.18
