import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphElements, type GraphData, type NodeData } from '../lib/graph-elements';
import { graphPositions } from '../lib/graph-layout';
import { graphStyle, lightNeighbourhood, ZOOM } from '../lib/graph-style';

/**
 * Cytoscape adds a <style> element (position: relative on its container) unless an element with
 * this id is already in the page. The app's Content-Security-Policy refuses inline styles, and
 * styles.css gives .graph-canvas that rule itself: a marker with the id stands in for the element.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function withoutInjectedStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

interface Props {
  data: GraphData;
  /** The node whose neighbourhood is lit (hovered, focused here or in the list), or null. */
  lit: string | null;
  onLight: (nodeId: string | null) => void;
}

/**
 * The graph drawn by Cytoscape.js on a canvas: wheel and drag zoom and pan, buttons zoom and fit,
 * hovering a node lights its neighbourhood, selecting it opens its page. Keyboard: the arrow keys
 * move from node to node (lighting each), Enter opens it, + and − zoom, 0 fits the graph. The
 * list beside it says the same for screen readers.
 */
export function GraphCanvas({ data, lit, onLight }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const navigate = useNavigate();
  const [zoom, setZoom] = useState(1);
  const elements = useMemo(() => graphElements(data), [data]);
  const nodes = useMemo(
    () =>
      elements
        .map((e) => e.data)
        .filter((d): d is NodeData => 'kind' in d && (d.kind === 'claim' || d.kind === 'source')),
    [elements],
  );
  // Cytoscape's handlers are bound once per graph; they reach the latest callback through this ref.
  const onLightRef = useRef(onLight);
  useEffect(() => {
    onLightRef.current = onLight;
  }, [onLight]);

  useEffect(() => {
    withoutInjectedStylesheet();
    const box = container.current!.getBoundingClientRect();
    const places = graphPositions(data, box);
    const cy = cytoscape({
      container: container.current,
      elements: elements.map((e) => ({ ...e, position: places.get(e.data.id) })),
      style: graphStyle(getComputedStyle(document.documentElement)),
      layout: { name: 'preset', fit: true, padding: ZOOM.fitPadding },
      minZoom: ZOOM.min,
      maxZoom: ZOOM.max,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', 'node', (event) => navigate(event.target.data('href') as string));
    cy.on('mouseover', 'node', (event) => onLightRef.current(event.target.id() as string));
    cy.on('mouseout', 'node', () => onLightRef.current(null));
    cy.on('zoom', () => setZoom(cy.zoom()));
    // A new size of the canvas (a phone turned, a window resized) lays the graph out again for its
    // shape and fits it, unless the reader has zoomed or panned since it was last fitted.
    let fitted = { zoom: cy.zoom(), pan: cy.pan() };
    const untouched = () => cy.zoom() === fitted.zoom && cy.pan().x === fitted.pan.x && cy.pan().y === fitted.pan.y;
    cy.on('resize', () => {
      if (cy.destroyed() || !untouched()) return;
      const again = graphPositions(data, { width: cy.width(), height: cy.height() });
      cy.layout({
        name: 'preset',
        positions: Object.fromEntries(again),
        fit: true,
        padding: ZOOM.fitPadding,
      }).run();
      fitted = { zoom: cy.zoom(), pan: cy.pan() };
    });
    // Cytoscape measures its container when the window resizes; a layout change alone needs telling.
    const observer = new ResizeObserver(() => {
      if (!cy.destroyed()) cy.resize();
    });
    observer.observe(container.current!);
    setZoom(cy.zoom());
    cyRef.current = cy;
    return () => {
      observer.disconnect();
      cyRef.current = null;
      cy.destroy();
    };
  }, [elements, data, navigate]);

  useEffect(() => {
    if (cyRef.current) lightNeighbourhood(cyRef.current, lit);
  }, [lit, elements]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const fit = () => cyRef.current?.fit(undefined, ZOOM.fitPadding);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = nodes.findIndex((n) => n.id === lit);
    const move = (step: number) => {
      const next = nodes[(at + step + nodes.length) % nodes.length];
      if (!next) return;
      onLight(next.id);
      const node = cyRef.current?.getElementById(next.id);
      if (node) cyRef.current?.animate({ center: { eles: node } }, { duration: 150 });
    };
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowRight: () => move(1),
      ArrowUp: () => move(at === -1 ? 0 : -1),
      ArrowLeft: () => move(at === -1 ? 0 : -1),
      Enter: () => {
        const node = nodes[at];
        if (node) navigate(node.href);
      },
      '+': () => zoomBy(ZOOM.step),
      '=': () => zoomBy(ZOOM.step),
      '-': () => zoomBy(1 / ZOOM.step),
      '0': fit,
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  const current = nodes.find((n) => n.id === lit);

  return (
    <div className="graph-frame">
      <div className="graph-controls" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(ZOOM.step)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM.step)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
        <span className="graph-zoom" aria-live="off">
          {Math.round(zoom * 100)}%
        </span>
      </div>
      <div
        ref={container}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label="Graph of sources and claims. Arrow keys move from node to node, Enter opens it, plus and minus zoom, 0 fits."
        aria-describedby="graph-focus"
        data-zoom={zoom.toFixed(3)}
        onKeyDown={onKeyDown}
        onBlur={() => onLight(null)}
        // Cytoscape reports no mouseout when the pointer leaves the canvas from over a node.
        onMouseLeave={() => onLight(null)}
      />
      <p id="graph-focus" className="graph-focus" aria-live="polite">
        {current
          ? `${current.kind === 'claim' ? 'Claim' : 'Source'}: ${current.label}. Enter or a click opens it.`
          : 'Hover a node, or move to it with the arrow keys, to light its neighbourhood; select it to open its page.'}
      </p>
    </div>
  );
}
