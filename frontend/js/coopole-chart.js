/*
 * <coopole-chart>: an Apache ECharts chart (loaded before this file) drawn from what Java sends. The figures are also
 * in a table beside it, for screen readers and for people who would rather read: the chart itself is an image with a
 * short name (attribute "label").
 *   property chartJson: {type: "bar", categories: [...], series: [{name, data: [...]}], unit}
 *                    or {type: "flow", links: [{source, target, value}], unit} (who lent to whom, a Sankey diagram)
 */
class CoopoleChart extends HTMLElement {

  set chartJson(json) {
    this._json = json;
    this._spec = JSON.parse(json);
    this.draw();
  }

  get chartJson() {
    return this._json;
  }

  connectedCallback() {
    // a value set before this element was defined hides the setter: take it, and set it again through the setter
    if (Object.prototype.hasOwnProperty.call(this, 'chartJson')) {
      const json = this.chartJson;
      delete this.chartJson;
      this.chartJson = json;
    }
    this.setAttribute('role', 'img');
    this.setAttribute('aria-label', this.getAttribute('label') || '');
    if (!this._host) {
      this._host = document.createElement('div');
      this._host.className = 'coopole-chart-body';
      this._host.setAttribute('aria-hidden', 'true');
      this.appendChild(this._host);
      this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resize.observe(this._host);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
    this._host = null;
  }

  draw() {
    if (!this._host || !this._spec || typeof echarts === 'undefined') {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this._host, null, {renderer: 'svg'});
    }
    const spec = this._spec;
    const unit = spec.unit ? ' ' + spec.unit : '';
    // numbers as the page's language writes them (1,5 in French); counts have whole ticks only
    const numbers = new Intl.NumberFormat(this.getAttribute('lang') || document.documentElement.lang || 'fr',
      {maximumFractionDigits: 1});
    const shown = v => numbers.format(v) + unit;
    let option;
    if (spec.type === 'flow') {
      const names = new Set();
      spec.links.forEach(l => { names.add(l.source); names.add(l.target); });
      option = {
        animation: false,
        tooltip: {trigger: 'item', valueFormatter: shown},
        series: [{type: 'sankey', data: [...names].map(name => ({name})), links: spec.links,
          emphasis: {focus: 'adjacency'}, label: {fontSize: 11}, lineStyle: {color: 'gradient', curveness: 0.5}}]
      };
    } else {
      option = {
        animation: false,
        grid: {left: 8, right: 24, top: 8, bottom: 8, containLabel: true},
        tooltip: {trigger: 'axis', valueFormatter: shown},
        legend: spec.series.length > 1 ? {bottom: 0} : undefined,
        xAxis: {type: 'value', minInterval: spec.unit ? 0 : 1, axisLabel: {formatter: v => numbers.format(v)}},
        yAxis: {type: 'category', data: spec.categories, inverse: true, axisLabel: {width: 180, overflow: 'truncate'}},
        series: spec.series.map(s => ({type: 'bar', name: s.name, data: s.data}))
      };
    }
    this._chart.setOption(option, true);
  }
}
customElements.define('coopole-chart', CoopoleChart);
